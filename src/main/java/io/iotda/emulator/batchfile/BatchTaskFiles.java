package io.iotda.emulator.batchfile;

import io.iotda.emulator.batchfile.BatchTaskFileExceptions.FileLimitReachedException;
import io.iotda.emulator.batchfile.BatchTaskFileExceptions.FileNameExistsException;
import io.iotda.emulator.batchfile.BatchTaskFileExceptions.FileNotFoundException;
import io.iotda.emulator.batchfile.BatchTaskFileExceptions.UploadBusyException;
import io.iotda.emulator.web.TenantScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batch-task files, the only code that reads or writes tables {@code batch_task_file} and
 * {@code batch_task_file_row}. An upload is kept as its data rows, read once when it
 * arrives; a device-management batch task reads them through {@link #find}. As IoTDA
 * does, a project and instance keep at most {@value #MAX_FILES} files, each for
 * {@code iotda.batch-task-files.retention} after its upload (on the emulator's clock),
 * each name once.
 * <p>
 * One upload is read at a time ({@link #reading}): a file and what it decompresses to are
 * held in memory while it is read, and the emulator's heap is small.
 */
@Service
public class BatchTaskFiles {

	/** The files a project and instance may keep (IoTDA's reference). */
	public static final int MAX_FILES = 10;

	/** What a file id can be: the ids made here are UUIDs. */
	private static final Pattern FILE_ID = Pattern.compile("^[A-Za-z0-9_-]{1,128}$");

	/** How long an upload waits for another to be read before it gets 503. */
	private static final long WAIT_SECONDS = 10;

	private static final int INSERT_BATCH = 500;

	private static final TypeReference<LinkedHashMap<String, String>> ROW = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	private final BatchTaskFileProperties properties;

	private final XlsxGuard guard;

	private final Semaphore reading = new Semaphore(1, true);

	BatchTaskFiles(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager,
			JsonMapper json, Clock clock, BatchTaskFileProperties properties) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.transactions = new TransactionTemplate(transactionManager);
		this.json = json;
		this.clock = clock;
		this.properties = properties;
		this.guard = new XlsxGuard();
	}

	/**
	 * Runs {@code read} (which reads an upload's body) and stores the file it gives, one
	 * upload at a time: the file is checked ({@link XlsxGuard}), its rows read
	 * ({@link XlsxRows}), then stored in one transaction.
	 * @throws UploadBusyException when another upload kept the turn for too long
	 */
	public BatchTaskFileInfo upload(TenantScope scope, Supplier<UploadedFile> read) {
		boolean acquired;
		try {
			acquired = this.reading.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UploadBusyException();
		}
		if (!acquired) {
			throw new UploadBusyException();
		}
		try {
			UploadedFile file = read.get();
			this.guard.check(file.content());
			List<Map<String, String>> rows = XlsxRows.read(file.content(), this.properties.maxRows());
			return this.transactions.execute((status) -> store(scope, file.name(), rows));
		}
		finally {
			this.reading.release();
		}
	}

	/** An upload's file as it arrived: its name (no path) and its bytes. */
	public record UploadedFile(String name, byte[] content) {
	}

	private BatchTaskFileInfo store(TenantScope scope, String fileName, List<Map<String, String>> rows) {
		Instant now = this.clock.instant();
		purgeExpired(now);
		long kept = this.jdbc.sql("SELECT COUNT(*) FROM batch_task_file WHERE project_id = ? AND instance_id = ?")
			.params(scope.projectId(), scope.instanceId())
			.query(Long.class)
			.single();
		if (nameExists(scope, fileName)) {
			throw new FileNameExistsException(fileName);
		}
		if (kept >= MAX_FILES) {
			throw new FileLimitReachedException(MAX_FILES);
		}
		String fileId = UUID.randomUUID().toString();
		try {
			this.jdbc
				.sql("INSERT INTO batch_task_file (id, project_id, instance_id, file_name, upload_time, row_count) "
						+ "VALUES (?, ?, ?, ?, ?, ?)")
				.params(fileId, scope.projectId(), scope.instanceId(), fileName, Timestamp.from(now), rows.size())
				.update();
		}
		catch (DuplicateKeyException ex) {
			// a concurrent upload of the same name won
			throw new FileNameExistsException(fileName);
		}
		List<Object[]> batch = new ArrayList<>(INSERT_BATCH);
		for (int line = 0; line < rows.size(); line++) {
			batch.add(new Object[] { fileId, line + 1, this.json.writeValueAsString(rows.get(line)) });
			if (batch.size() == INSERT_BATCH || line == rows.size() - 1) {
				this.jdbcTemplate.batchUpdate("INSERT INTO batch_task_file_row (file_id, line, cells) VALUES (?, ?, ?)",
						batch);
				batch.clear();
			}
		}
		return new BatchTaskFileInfo(fileId, fileName, now, rows.size());
	}

	/** The tenant's files, oldest first. */
	@Transactional(readOnly = true)
	public List<BatchTaskFileInfo> list(TenantScope scope) {
		return this.jdbc
			.sql("SELECT id, file_name, upload_time, row_count FROM batch_task_file WHERE project_id = ? "
					+ "AND instance_id = ? AND upload_time >= ? ORDER BY upload_time, file_name")
			.params(scope.projectId(), scope.instanceId(), Timestamp.from(oldestKept(this.clock.instant())))
			.query((rs, row) -> new BatchTaskFileInfo(rs.getString("id"), rs.getString("file_name"),
					rs.getTimestamp("upload_time").toInstant(), rs.getInt("row_count")))
			.list();
	}

	/**
	 * The file with its rows in file order, if the tenant has one of this id (and it has
	 * not outlived its retention).
	 */
	@Transactional(readOnly = true)
	public Optional<BatchTaskFile> find(TenantScope scope, String fileId) {
		if (!FILE_ID.matcher(fileId).matches()) {
			// no file has such an id; nor can the database be asked (a NUL, say)
			return Optional.empty();
		}
		Optional<BatchTaskFileInfo> info = this.jdbc
			.sql("SELECT id, file_name, upload_time, row_count FROM batch_task_file WHERE id = ? AND project_id = ? "
					+ "AND instance_id = ? AND upload_time >= ?")
			.params(fileId, scope.projectId(), scope.instanceId(), Timestamp.from(oldestKept(this.clock.instant())))
			.query((rs, row) -> new BatchTaskFileInfo(rs.getString("id"), rs.getString("file_name"),
					rs.getTimestamp("upload_time").toInstant(), rs.getInt("row_count")))
			.optional();
		return info.map((file) -> new BatchTaskFile(file.fileId(), file.fileName(), file.uploadTime(),
				this.jdbc.sql("SELECT cells FROM batch_task_file_row WHERE file_id = ? ORDER BY line")
					.param(file.fileId())
					.query((rs, row) -> (Map<String, String>) this.json.readValue(rs.getString("cells"), ROW))
					.list()));
	}

	/** Deletes the tenant's file and its rows. */
	@Transactional
	public void delete(TenantScope scope, String fileId) {
		int deleted = this.jdbc
			.sql("DELETE FROM batch_task_file WHERE id = ? AND project_id = ? AND instance_id = ? "
					+ "AND upload_time >= ?")
			.params(fileId, scope.projectId(), scope.instanceId(), Timestamp.from(oldestKept(this.clock.instant())))
			.update();
		if (deleted == 0) {
			throw new FileNotFoundException();
		}
	}

	/** Deletes every file of every project. */
	@Transactional
	public void deleteAll() {
		this.jdbc.sql("DELETE FROM batch_task_file").update();
	}

	/** Deletes every file of the project, in every instance. */
	@Transactional
	public void deleteProject(String projectId) {
		this.jdbc.sql("DELETE FROM batch_task_file WHERE project_id = ?").param(projectId).update();
	}

	private boolean nameExists(TenantScope scope, String fileName) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM batch_task_file WHERE project_id = ? AND instance_id = ? AND file_name = ?")
			.params(scope.projectId(), scope.instanceId(), fileName)
			.query(Long.class)
			.single() > 0;
	}

	/** Forgets every file, of every tenant, past its retention (rows go with it). */
	private void purgeExpired(Instant now) {
		if (!this.properties.retention().isZero()) {
			this.jdbc.sql("DELETE FROM batch_task_file WHERE upload_time < ?")
				.param(Timestamp.from(oldestKept(now)))
				.update();
		}
	}

	/** The upload time of the oldest file still kept. */
	private Instant oldestKept(Instant now) {
		return this.properties.retention().isZero() ? Instant.EPOCH : now.minus(this.properties.retention());
	}

}
