package io.iotda.emulator.batchfile;

import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.error.IotdaException;
import io.iotda.emulator.web.error.InvalidInputException;

/** What can go wrong with a batch-task file operation, each named for what happened. */
public final class BatchTaskFileExceptions {

	private BatchTaskFileExceptions() {
	}

	/** The upload is not a usable xlsx: not a workbook, no rows, a bad header... */
	public static final class UnreadableFileException extends InvalidInputException {

		public UnreadableFileException(String detail) {
			super(detail);
		}

	}

	/** The file is larger than the limit, or holds more rows than it. */
	public static final class FileTooLargeException extends IotdaException {

		public FileTooLargeException(String detail) {
			super(IotdaError.BATCH_TASK_FILE_TOO_LARGE, detail);
		}

	}

	/** No file of this id in the caller's project and instance. */
	public static final class FileNotFoundException extends IotdaException {

		FileNotFoundException() {
			super(IotdaError.BATCH_TASK_FILE_NOT_FOUND);
		}

	}

	/** The tenant already has a file of this name. */
	public static final class FileNameExistsException extends IotdaException {

		FileNameExistsException(String fileName) {
			super(IotdaError.BATCH_TASK_FILE_NAME_EXISTS, "A file named " + fileName + " is already uploaded.");
		}

	}

	/** The tenant already holds the most files IoTDA keeps. */
	public static final class FileLimitReachedException extends IotdaException {

		FileLimitReachedException(int max) {
			super(IotdaError.BATCH_TASK_FILE_LIMIT_REACHED,
					"At most " + max + " files are kept; delete one before uploading another.");
		}

	}

	/** Another upload is being read; this one waited its turn in vain. */
	public static final class UploadBusyException extends IotdaException {

		UploadBusyException() {
			super(IotdaError.SERVICE_BUSY, "Another batch-task file is being read.");
		}

	}

}
