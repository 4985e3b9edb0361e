package io.mqttca.console.cloud;

import java.time.Instant;
import java.util.List;

/**
 * An ApsaraMQ for MQTT instance as ListInstances reports it. The numeric status and type codes are kept and also
 * mapped to {@link Status} and {@link Edition} ({@code UNKNOWN} for codes the documentation does not list).
 *
 * @param instanceId    the instance ID
 * @param instanceName  the display name
 * @param status        the InstanceStatus meaning
 * @param statusCode    the raw InstanceStatus, or {@code null}
 * @param edition       the InstanceType meaning
 * @param typeCode      the raw InstanceType, or {@code null}
 * @param specification the Specific (Professional edition specification), or {@code null}
 * @param regionId      the region, or {@code null}
 * @param createTime    creation time, or {@code null}
 * @param expireTime    expiry time, or {@code null}
 * @param kernelVersion the kernel version, or {@code null}
 * @param tags          the instance's tags, never {@code null}
 * @param orderId       the order ID, or {@code null}
 */
public record ApiMqttInstance(String instanceId, String instanceName, Status status, Integer statusCode,
                           Edition edition, Integer typeCode, String specification, String regionId,
                           Instant createTime, Instant expireTime, String kernelVersion, List<InstanceTag> tags,
                           String orderId) {

    public ApiMqttInstance {
        tags = List.copyOf(tags);
    }

    /** The documented InstanceStatus values. */
    public enum Status {
        PREPARING(0), NOT_ACTIVATED(1), OVERDUE(2), OVERDUE_EXPIRED(3), IN_SERVICE(5), UPGRADING(7), RELEASED(10),
        FROZEN(15), UNKNOWN(-1);

        private final int code;

        Status(int code) {
            this.code = code;
        }

        static Status of(Integer code) {
            for (Status status : values()) {
                if (code != null && status.code == code) {
                    return status;
                }
            }
            return UNKNOWN;
        }
    }

    /** The documented InstanceType values. */
    public enum Edition {
        BASIC(0), PLATINUM(1), PAY_AS_YOU_GO(2), PREPAID_LIGHTWEIGHT(3), PROFESSIONAL(4), SERVERLESS(5), UNKNOWN(-1);

        private final int code;

        Edition(int code) {
            this.code = code;
        }

        static Edition of(Integer code) {
            for (Edition edition : values()) {
                if (code != null && edition.code == code) {
                    return edition;
                }
            }
            return UNKNOWN;
        }
    }
}
