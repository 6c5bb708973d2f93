package io.iotda.emulator.batchtask;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Map;

/**
 * How many subtasks of a task are in each status. The counters always add up to
 * {@code total}: they only change through {@link #move}, under the task's row lock, in
 * the same transaction as the subtask rows they describe.
 */
@Embeddable
public class TaskProgress {

	@Column(name = "total", nullable = false)
	private int total;

	@Column(name = "processing", nullable = false)
	private int processing;

	@Column(name = "success", nullable = false)
	private int success;

	@Column(name = "fail", nullable = false)
	private int fail;

	@Column(name = "waitting", nullable = false)
	private int waitting;

	@Column(name = "fail_wait_retry", nullable = false)
	private int failWaitRetry;

	@Column(name = "stopped", nullable = false)
	private int stopped;

	@Column(name = "removed", nullable = false)
	private int removed;

	protected TaskProgress() {
	}

	/** Progress of a new task whose subtasks all start in one status. */
	static TaskProgress allIn(SubtaskStatus status, int total) {
		TaskProgress progress = new TaskProgress();
		progress.total = total;
		progress.add(status, total);
		return progress;
	}

	/** Progress as stored in a task row's counter columns. */
	static TaskProgress stored(int total, int processing, int success, int fail, int waitting, int failWaitRetry,
			int stopped, int removed) {
		TaskProgress progress = new TaskProgress();
		progress.total = total;
		progress.processing = processing;
		progress.success = success;
		progress.fail = fail;
		progress.waitting = waitting;
		progress.failWaitRetry = failWaitRetry;
		progress.stopped = stopped;
		progress.removed = removed;
		return progress;
	}

	/** Progress as counted from the subtask rows themselves. */
	static TaskProgress counted(Map<SubtaskStatus, Integer> counts) {
		TaskProgress progress = new TaskProgress();
		counts.forEach((status, count) -> {
			progress.add(status, count);
			progress.total += count;
		});
		return progress;
	}

	/** Records that {@code count} subtasks moved from one status to another. */
	void move(SubtaskStatus from, SubtaskStatus to, int count) {
		if (count < 0 || count > count(from)) {
			throw new IllegalStateException(
					"Cannot move " + count + " subtasks out of " + from + " holding " + count(from));
		}
		add(from, -count);
		add(to, count);
	}

	void replaceWith(TaskProgress other) {
		this.total = other.total;
		this.processing = other.processing;
		this.success = other.success;
		this.fail = other.fail;
		this.waitting = other.waitting;
		this.failWaitRetry = other.failWaitRetry;
		this.stopped = other.stopped;
		this.removed = other.removed;
	}

	public int count(SubtaskStatus status) {
		return switch (status) {
			case WAITTING -> this.waitting;
			case PROCESSING -> this.processing;
			case SUCCESS -> this.success;
			case FAIL -> this.fail;
			case FAIL_WAIT_RETRY -> this.failWaitRetry;
			case STOPPED -> this.stopped;
			case REMOVED -> this.removed;
		};
	}

	private void add(SubtaskStatus status, int delta) {
		switch (status) {
			case WAITTING -> this.waitting += delta;
			case PROCESSING -> this.processing += delta;
			case SUCCESS -> this.success += delta;
			case FAIL -> this.fail += delta;
			case FAIL_WAIT_RETRY -> this.failWaitRetry += delta;
			case STOPPED -> this.stopped += delta;
			case REMOVED -> this.removed += delta;
		}
	}

	public int total() {
		return this.total;
	}

	public int active() {
		return this.waitting + this.processing + this.failWaitRetry;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TaskProgress that && this.total == that.total && this.processing == that.processing
				&& this.success == that.success && this.fail == that.fail && this.waitting == that.waitting
				&& this.failWaitRetry == that.failWaitRetry && this.stopped == that.stopped
				&& this.removed == that.removed;
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(this.total, this.processing, this.success, this.fail, this.waitting,
				this.failWaitRetry, this.stopped, this.removed);
	}

	@Override
	public String toString() {
		return "TaskProgress[total=" + this.total + ", processing=" + this.processing + ", success=" + this.success
				+ ", fail=" + this.fail + ", waitting=" + this.waitting + ", failWaitRetry=" + this.failWaitRetry
				+ ", stopped=" + this.stopped + ", removed=" + this.removed + "]";
	}

}
