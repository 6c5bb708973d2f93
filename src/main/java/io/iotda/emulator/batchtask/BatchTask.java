package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.TenantScope;
import jakarta.persistence.Column;
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
 * this row's lock. Its status, counters and next due time are written as every task's are
 * ({@link TaskRunState}).
 */
@Entity
@Table(name = "batch_task")
@DynamicUpdate
public class BatchTask extends TaskRunState implements Persistable<String> {

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

	@Column(name = "retry_count")
	private Integer retryCount;

	@Column(name = "retry_interval")
	private Integer retryInterval;

	@Column(name = "status_desc")
	private String statusDesc;

	@Column(name = "stopping_until")
	private Instant stoppingUntil;

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
		super(spec.needConfirm(), spec.scheduleTime(), null, false,
				TaskProgress.allIn(SubtaskStatus.WAITTING, targetCount), now);
		this.id = id;
		this.projectId = scope.projectId();
		this.instanceId = scope.instanceId();
		this.appId = spec.appId();
		this.taskName = spec.taskName();
		this.taskType = spec.taskType();
		this.taskMode = spec.taskMode();
		this.taskExtInfoJson = spec.taskExtInfoJson();
		this.targetsJson = spec.targetsJson();
		this.targetsFilterJson = spec.targetsFilterJson();
		this.documentJson = spec.documentJson();
		this.documentSource = spec.documentSource();
		this.retryCount = spec.retryCount();
		this.retryInterval = spec.retryInterval();
		this.createTime = now;
		deriveStatus(false, now);
	}

	/** What a create request fixes about a task, already validated and serialized. */
	record NewTask(String appId, String taskName, TaskType taskType, String taskMode, boolean needConfirm,
			String taskExtInfoJson, String targetsJson, String targetsFilterJson, String documentJson,
			String documentSource, Instant scheduleTime, Integer retryCount, Integer retryInterval) {
	}

	/**
	 * A whole-task stop: the task is {@code Stopping} until {@code stoppingFor} has
	 * passed, then {@code Stopped} (at once when it is zero).
	 */
	void requestStop(Instant now, Duration stoppingFor) {
		stopRequested(true);
		if (stoppingFor.isZero() || stoppingFor.isNegative()) {
			this.stoppingUntil = null;
			deriveStatus(true, now);
		}
		else {
			this.stoppingUntil = now.plus(stoppingFor);
			status(TaskStatus.STOPPING);
		}
	}

	/** A retry takes back an earlier whole-task stop. */
	void clearStop(Instant now) {
		this.stoppingUntil = null;
		// derive directly: refreshStatus keeps Stopping, which with no stoppingUntil
		// would never end
		deriveStatus(false, now);
	}

	/** Ends {@code Stopping} once its time has come; whether it did. */
	boolean completeStopIfDue(Instant now) {
		if (getStatus() != TaskStatus.STOPPING || this.stoppingUntil == null || this.stoppingUntil.isAfter(now)) {
			return false;
		}
		this.stoppingUntil = null;
		deriveStatus(isStopRequested(), now);
		return true;
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

	public Integer getRetryCount() {
		return this.retryCount;
	}

	public Integer getRetryInterval() {
		return this.retryInterval;
	}

	public String getStatusDesc() {
		return this.statusDesc;
	}

	public Instant getStoppingUntil() {
		return this.stoppingUntil;
	}

	public Instant getCreateTime() {
		return this.createTime;
	}

}
