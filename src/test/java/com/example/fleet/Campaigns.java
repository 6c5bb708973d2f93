package com.example.fleet;

import com.huaweicloud.sdk.iotda.v5.IoTDAClient;
import com.huaweicloud.sdk.iotda.v5.model.BatchTargetResult;
import com.huaweicloud.sdk.iotda.v5.model.BatchTargets;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTask;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.StopBatchTaskRequest;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Firmware campaigns over the fleet: started on many devices, halted on some. */
@Service
public class Campaigns {

	private final IoTDAClient iotda;

	Campaigns(IoTDAClient iotda) {
		this.iotda = iotda;
	}

	/** Starts a firmware upgrade of the devices; answers the campaign's task id. */
	public String start(String name, List<String> devices, String packageId) {
		return this.iotda.createBatchTask(new CreateBatchTaskRequest().withBody(new CreateBatchTask().withTaskName(name)
			.withTaskType("firmwareUpgrade")
			.withTargets(devices)
			.withDocument(Map.of("package_ids", List.of(packageId))))).getTaskId();
	}

	/**
	 * Halts the upgrade on devices that failed their health checks; the others go on.
	 * Answers the devices halted.
	 */
	public List<String> halt(String taskId, List<String> devices) {
		return this.iotda
			.stopBatchTask(
					new StopBatchTaskRequest().withTaskId(taskId).withBody(new BatchTargets().withTargets(devices)))
			.getTargets()
			.stream()
			.filter((result) -> "success".equals(result.getStatus()))
			.map(BatchTargetResult::getTarget)
			.toList();
	}

}
