package io.iotda.emulator.batchfile.web;

import io.iotda.emulator.batchfile.BatchTaskFileExceptions.FileTooLargeException;
import io.iotda.emulator.batchfile.BatchTaskFiles.UploadedFile;
import io.iotda.emulator.web.error.InvalidInputException;
import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.error.IotdaException;
import io.iotda.emulator.web.filter.RequestBodyLimitFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.tomcat.util.http.fileupload.FileItemIterator;
import org.apache.tomcat.util.http.fileupload.FileItemStream;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.apache.tomcat.util.http.fileupload.servlet.ServletRequestContext;

/**
 * Reads the {@code file} part of a {@code multipart/form-data} upload, streaming, from
 * the request as the filters hand it on: the body-size limit and the body-read deadline
 * of {@code RequestBodyLimitFilter} apply while it arrives, and in {@code verify} mode
 * the bytes the signature was checked over are the ones read. (Spring's own multipart
 * support is switched off, {@code spring.servlet.multipart.enabled=false}: it would have
 * Tomcat parse the body from the connection, past those filters.) The parser is Tomcat's
 * own, bounded: at most {@value #MAX_PARTS} parts, the file at most {@code maxFileBytes}.
 * Other parts are skipped.
 */
final class MultipartFileReader {

	static final String FILE_PART = "file";

	static final int MAX_PARTS = 10;

	private MultipartFileReader() {
	}

	static UploadedFile read(HttpServletRequest request, long maxFileBytes, long maxBodyBytes) {
		FileUpload upload = new FileUpload();
		upload.setSizeMax(maxBodyBytes);
		upload.setFileSizeMax(maxFileBytes);
		upload.setFileCountMax(MAX_PARTS);
		upload.setHeaderEncoding("UTF-8");
		UploadedFile found = null;
		try {
			FileItemIterator parts = upload.getItemIterator(new ServletRequestContext(request));
			while (parts.hasNext()) {
				FileItemStream part = parts.next();
				if (!FILE_PART.equals(part.getFieldName())) {
					continue;
				}
				if (found != null) {
					throw new InvalidInputException("file must be given once.");
				}
				if (part.isFormField()) {
					throw new InvalidInputException("file must be a file part, with a file name.");
				}
				String name = FileNames.check(part.getName());
				try (InputStream in = part.openStream()) {
					byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxFileBytes + 1));
					if (content.length > maxFileBytes) {
						throw tooLarge(maxFileBytes);
					}
					found = new UploadedFile(name, content);
				}
			}
			// The epilogue after the closing boundary is read too (bounded by the body
			// limit): a body left unread closes the connection, and a client that sends
			// its next request on it (as the SDK's HTTP client does) would have to
			// resend.
			request.getInputStream().transferTo(OutputStream.nullOutputStream());
		}
		catch (IotdaException ex) {
			throw ex;
		}
		catch (IOException | IllegalStateException ex) {
			throw translate(ex, maxFileBytes);
		}
		if (found == null) {
			throw new InvalidInputException("file is required: a multipart/form-data part named file.");
		}
		if (found.content().length == 0) {
			throw new InvalidInputException("file is empty.");
		}
		return found;
	}

	private static IotdaException translate(Exception ex, long maxFileBytes) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SizeException || cause instanceof RequestBodyLimitFilter.BodyTooLargeException) {
				return tooLarge(maxFileBytes);
			}
			if (cause instanceof RequestBodyLimitFilter.BodyReadTimeoutException slow) {
				return new IotdaException(IotdaError.INVALID_FORMAT, slow.detail());
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return new IotdaException(IotdaError.INVALID_FORMAT, "The multipart/form-data body does not parse.");
	}

	private static FileTooLargeException tooLarge(long maxFileBytes) {
		return new FileTooLargeException("A file may hold at most " + maxFileBytes + " bytes.");
	}

}
