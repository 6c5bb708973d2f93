package io.iotda.emulator.devicegroup;

import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.error.IotdaException;

/** What can go wrong with a device-group operation, each named for what happened. */
public final class DeviceGroupExceptions {

	private DeviceGroupExceptions() {
	}

	/** No group of this id in the caller's project and instance. */
	public static final class DeviceGroupNotFoundException extends IotdaException {

		private DeviceGroupNotFoundException(String detail) {
			super(IotdaError.DEVICE_GROUP_NOT_FOUND, detail);
		}

		public static DeviceGroupNotFoundException forId(String groupId) {
			return new DeviceGroupNotFoundException(null);
		}

		/** The super group a child names does not exist. */
		static DeviceGroupNotFoundException forSuperGroup(String superGroupId) {
			return new DeviceGroupNotFoundException("super_group_id " + superGroupId + " names no device group.");
		}

	}

	/** Another group of the same resource space has the name. */
	public static final class DeviceGroupNameExistsException extends IotdaException {

		DeviceGroupNameExistsException(String name) {
			super(IotdaError.DEVICE_GROUP_NAME_EXISTS, "name: " + name);
		}

	}

	/** A limit IoTDA documents (groups, levels, devices per group, groups per device). */
	public static final class DeviceGroupLimitException extends IotdaException {

		DeviceGroupLimitException(IotdaError error) {
			super(error);
		}

	}

	/** addDevice of a member, or removeDevice of a device that is none. */
	public static final class MembershipConflictException extends IotdaException {

		private MembershipConflictException(IotdaError error, String deviceId) {
			super(error, "device_id: " + deviceId);
		}

		static MembershipConflictException alreadyIn(String deviceId) {
			return new MembershipConflictException(IotdaError.DEVICE_ALREADY_IN_GROUP, deviceId);
		}

		static MembershipConflictException notIn(String deviceId) {
			return new MembershipConflictException(IotdaError.DEVICE_NOT_IN_GROUP, deviceId);
		}

	}

	/** A delete of a group that still has child groups or devices. */
	public static final class DeviceGroupNotEmptyException extends IotdaException {

		DeviceGroupNotEmptyException(long children, long devices) {
			super(IotdaError.DEVICE_GROUP_NOT_EMPTY,
					"It has " + children + " child group(s) and " + devices + " device(s).");
		}

	}

	/**
	 * Members asked of, or set on, a DYNAMIC group, whose rule the emulator does not
	 * evaluate.
	 */
	public static final class DynamicGroupMembersException extends IotdaException {

		DynamicGroupMembersException(String groupId) {
			super(IotdaError.DYNAMIC_GROUP_MEMBERS, "Device group " + groupId + " is DYNAMIC.");
		}

	}

}
