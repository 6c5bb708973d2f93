package io.iotda.emulator.batchtask;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.springframework.data.domain.Persistable;

/**
 * A batch task: the campaign a user created over many target devices. Its subtasks are
 * separate rows ({@link Subtask}) that are never loaded all at once; the task keeps their
 * counts in {@link TaskProgress}. Every change to a task's subtasks is made while holding
 * this row's lock.
 */
@Entity
@Table(name = "batch_task")
@DynamicUpdate
public class BatchTask implements Persistable<String> {

	@Id
	private String id;

	@Column(name = "project_id", nullable = false)
	private String projectId;

	@Column(name = "instance_id", nullable = false)
	private String instanceId;

	@Column(name = "app_id")
	private String appId;

	@Column(name = "task_name", nullable = false)
	private String taskName;

	@Column(name = "task_type", nullable = false)
	private TaskType taskType;

	@Column(name = "task_mode")
	private String taskMode;

	@Column(name = "need_confirm", nullable = false)
	private boolean needConfirm;

	@Column(name = "task_ext_info")
	private String taskExtInfoJson;

	@Column(name = "targets")
	private String targetsJson;

	@Column(name = "targets_filter")
	private String targetsFilterJson;

	@Column(name = "document")
	private String documentJson;

	@Column(name = "document_source")
	private String documentSource;

	@Column(name = "schedule_time")
	private Instant scheduleTime;

	@Column(name = "retry_count")
	private Integer retryCount;

	@Column(name = "retry_interval")
	private Integer retryInterval;

	@Column(name = "status", nullable = false)
	private TaskStatus status;

	@Column(name = "status_desc")
	private String statusDesc;

	@Column(name = "stop_requested", nullable = false)
	private boolean stopRequested;

	@Column(name = "stopping_until")
	private Instant stoppingUntil;

	@Embedded
	private TaskProgress progress;

	/**
	 * When the simulator should next look at this task; null when nothing will happen by
	 * itself.
	 */
	@Column(name = "next_due_at")
	private Instant nextDueAt;

	@Column(name = "create_time", nullable = false)
	private Instant createTime;

	/**
	 * New until first stored or loaded: lets {@code save} insert without a SELECT first.
	 */
	@Transient
	private boolean isNew = true;

	protected BatchTask() {
	}

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		this.isNew = false;
	}

	BatchTask(String id, TenantScope scope, NewTask spec, int targetCount, Instant now) {
		this.id = id;
		this.projectId = scope.projectId();
		this.instanceId = scope.instanceId();
		this.appId = spec.appId();
		this.taskName = spec.taskName();
		this.taskType = spec.taskType();
		this.taskMode = spec.taskMode();
		this.needConfirm = spec.needConfirm();
		this.taskExtInfoJson = spec.taskExtInfoJson();
		this.targetsJson = spec.targetsJson();
		this.targetsFilterJson = spec.targetsFilterJson();
		this.documentJson = spec.documentJson();
		this.documentSource = spec.documentSource();
		this.scheduleTime = spec.scheduleTime();
		this.retryCount = spec.retryCount();
		this.retryInterval = spec.retryInterval();
		this.createTime = now;
		this.progress = TaskProgress.allIn(SubtaskStatus.WAITTING, targetCount);
		this.status = TaskStatusRules.derive(this.progress, false, awaitingStart(now));
		this.nextDueAt = now;
	}

	/** What a create request fixes about a task, already validated and serialized. */
	record NewTask(String appId, String taskName, TaskType taskType, String taskMode, boolean needConfirm,
			String taskExtInfoJson, String targetsJson, String targetsFilterJson, String documentJson,
			String documentSource, Instant scheduleTime, Integer retryCount, Integer retryInterval) {
	}

	/**
	 * Whether the task is held before its first start: a schedule time still ahead, or a
	 * confirmation that has not come.
	 */
	boolean awaitingStart(Instant now) {
		return TaskStatusRules.awaitingStart(this.needConfirm, this.scheduleTime, now);
	}

	/**
	 * Records that subtasks changed status, and derives the task's status from the new
	 * counts.
	 */
	void recordMoved(SubtaskStatus from, SubtaskStatus to, int count, Instant now) {
		this.progress.move(from, to, count);
		refreshStatus(now);
	}

	/**
	 * Replaces the counters with ones counted from the subtask rows, and derives the
	 * status.
	 */
	void recount(TaskProgress counted, Instant now) {
		this.progress.replaceWith(counted);
		refreshStatus(now);
	}

	/**
	 * A whole-task stop: the task is {@code Stopping} until {@code stoppingFor} has
	 * passed, then {@code Stopped} (at once when it is zero).
	 */
	void requestStop(Instant now, Duration stoppingFor) {
		this.stopRequested = true;
		if (stoppingFor.isZero() || stoppingFor.isNegative()) {
			this.stoppingUntil = null;
			this.status = TaskStatusRules.derive(this.progress, true, awaitingStart(now));
		}
		else {
			this.stoppingUntil = now.plus(stoppingFor);
			this.status = TaskStatus.STOPPING;
		}
	}

	/** A retry takes back an earlier whole-task stop. */
	void clearStop(Instant now) {
		this.stopRequested = false;
		this.stoppingUntil = null;
		// derive directly: refreshStatus keeps Stopping, which with no stoppingUntil
		// would never end
		this.status = TaskStatusRules.derive(this.progress, false, awaitingStart(now));
	}

	/** Ends {@code Stopping} once its time has come; whether it did. */
	boolean completeStopIfDue(Instant now) {
		if (this.status != TaskStatus.STOPPING || this.stoppingUntil == null || this.stoppingUntil.isAfter(now)) {
			return false;
		}
		this.stoppingUntil = null;
		this.status = TaskStatusRules.derive(this.progress, this.stopRequested, awaitingStart(now));
		return true;
	}

	/**
	 * Asks the simulator to look at the task at {@code at} (null: nothing will happen by
	 * itself).
	 */
	void dueAt(Instant at) {
		this.nextDueAt = at;
	}

	void refreshStatus(Instant now) {
		this.status = TaskStatusRules.refreshed(this.status, this.progress, this.stopRequested, awaitingStart(now));
	}

	public String getId() {
		return this.id;
	}

	public String getProjectId() {
		return this.projectId;
	}

	public String getInstanceId() {
		return this.instanceId;
	}

	public String getAppId() {
		return this.appId;
	}

	public String getTaskName() {
		return this.taskName;
	}

	public TaskType getTaskType() {
		return this.taskType;
	}

	public String getTaskMode() {
		return this.taskMode;
	}

	public boolean isNeedConfirm() {
		return this.needConfirm;
	}

	public String getTaskExtInfoJson() {
		return this.taskExtInfoJson;
	}

	public String getTargetsJson() {
		return this.targetsJson;
	}

	public String getTargetsFilterJson() {
		return this.targetsFilterJson;
	}

	public String getDocumentJson() {
		return this.documentJson;
	}

	public String getDocumentSource() {
		return this.documentSource;
	}

	public Instant getScheduleTime() {
		return this.scheduleTime;
	}

	public Integer getRetryCount() {
		return this.retryCount;
	}

	public Integer getRetryInterval() {
		return this.retryInterval;
	}

	public TaskStatus getStatus() {
		return this.status;
	}

	public String getStatusDesc() {
		return this.statusDesc;
	}

	public boolean isStopRequested() {
		return this.stopRequested;
	}

	public Instant getStoppingUntil() {
		return this.stoppingUntil;
	}

	public TaskProgress getProgress() {
		return this.progress;
	}

	public Instant getNextDueAt() {
		return this.nextDueAt;
	}

	public Instant getCreateTime() {
		return this.createTime;
	}

}
