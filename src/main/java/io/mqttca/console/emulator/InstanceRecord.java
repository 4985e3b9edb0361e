package io.mqttca.console.emulator;

import java.time.Instant;
import java.util.Map;

/**
 * An ApsaraMQ for MQTT instance in the emulator's store, with the fields ListInstances returns and the
 * registration code GetRegisterCode hands out.
 *
 * @param id            the instance id, e.g. {@code post-cn-sandbox01}
 * @param accountId     the owning account
 * @param regionId      e.g. {@code cn-hangzhou}
 * @param name          the display name
 * @param instanceType  0 Basic, 1 Platinum, 2 pay-as-you-go, 3 prepaid lightweight, 4 Professional, 5 Serverless
 * @param status        0 preparing, 1 not activated, 2 overdue, 3 overdue-expired, 5 in service, ...
 * @param specification the Professional-edition spec (ListInstances' {@code Specific}), or empty
 * @param kernelVersion e.g. {@code V3.3.0}
 * @param orderId       the purchase order id
 * @param createTime    when the instance was bought
 * @param expireTime    when it expires
 * @param registerCode  the registration code a verification certificate must carry as its CN
 * @param tags          tag key to tag value
 */
public record InstanceRecord(String id, String accountId, String regionId, String name, int instanceType,
                             int status, String specification, String kernelVersion, String orderId,
                             Instant createTime, Instant expireTime, String registerCode, Map<String, String> tags) {

    public static final int TYPE_BASIC = 0;
    public static final int TYPE_PLATINUM = 1;
    public static final int TYPE_PROFESSIONAL = 4;
    public static final int STATUS_IN_SERVICE = 5;

    public InstanceRecord {
        tags = Map.copyOf(tags);
    }

    /** True for the editions that support X.509 certificate authentication (Platinum and Professional). */
    public boolean supportsCertificates() {
        return instanceType == TYPE_PLATINUM || instanceType == TYPE_PROFESSIONAL;
    }
}
