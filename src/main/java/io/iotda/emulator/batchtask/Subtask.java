package io.iotda.emulator.batchtask;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One target device of a batch task. Subtasks are written set-based (bulk insert, bulk
 * UPDATE by status or by id) and read a page at a time; this entity is their read model.
 */
@Entity
@Table(name = "batch_subtask")
public class Subtask {

	@Id
	private String id;

	@Column(name = "task_id", nullable = false)
	private String taskId;

	@Column(name = "target", nullable = false)
	private String target;

	@Column(name = "status", nullable = false)
	private SubtaskStatus status;

	@Column(name = "output")
	private String output;

	@Column(name = "error_code")
	private String errorCode;

	@Column(name = "error_msg")
	private String errorMsg;

	@Column(name = "attempts", nullable = false)
	private int attempts;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/**
	 * When the simulator moves this subtask next; operations clear it (the simulator
	 * re-times it).
	 */
	@Column(name = "next_transition_at")
	private Instant nextTransitionAt;

	protected Subtask() {
	}

	public String getId() {
		return this.id;
	}

	public String getTaskId() {
		return this.taskId;
	}

	public String getTarget() {
		return this.target;
	}

	public SubtaskStatus getStatus() {
		return this.status;
	}

	public String getOutput() {
		return this.output;
	}

	public String getErrorCode() {
		return this.errorCode;
	}

	public String getErrorMsg() {
		return this.errorMsg;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
