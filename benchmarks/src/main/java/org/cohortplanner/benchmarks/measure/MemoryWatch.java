package org.cohortplanner.benchmarks.measure;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The largest heap in use just after a garbage collection since the last {@link #reset()}: what a run kept
 * alive (its problem, model and solutions), plus any older garbage a young collection left in place. It is
 * read from the JVM's collection notifications, so it does not count garbage that was never collected.
 * One per JVM, because the JVM has one heap; runs measured with it must not overlap.
 */
public final class MemoryWatch {

    private static final AtomicLong PEAK = new AtomicLong();
    private static volatile boolean installed;

    private MemoryWatch() {
    }

    public static synchronized void install() {
        if (installed) {
            return;
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                            .equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                .mapToLong(MemoryUsage::getUsed).sum()
                                - nonHeapUsed(info);
                        PEAK.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
        installed = true;
    }

    /** Only heap pools count; the notification also lists metaspace and code cache. */
    private static long nonHeapUsed(GarbageCollectionNotificationInfo info) {
        long nonHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) {
                MemoryUsage usage = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                if (usage != null) {
                    nonHeap += usage.getUsed();
                }
            }
        }
        return nonHeap;
    }

    /** Starts a new measurement from the heap in use after a full collection now. */
    public static void reset() {
        install();
        System.gc();
        PEAK.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** The peak since {@link #reset()}, including the heap in use after a full collection now. */
    public static long peakBytes() {
        System.gc();
        PEAK.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        return PEAK.get();
    }
}
