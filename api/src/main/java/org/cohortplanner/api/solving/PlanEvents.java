package org.cohortplanner.api.solving;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cohortplanner.api.plans.PlanSummary;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events per plan: {@code status} with the plan's summary whenever its state changes (and first on
 * connecting), {@code best} with every new best score (and the latest one on connecting to a running solve, so a
 * late subscriber does not wait for the next improvement). The stream ends when the solve ends.
 */
@Component
public class PlanEvents {

    /** Browsers reconnect by themselves when a stream times out; they then get the current status first. */
    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

    private final Map<String, List<SseEmitter>> listeners = new ConcurrentHashMap<>();
    private final Map<String, BestScore> latestBest = new ConcurrentHashMap<>();

    /** Registers first, then sends the current state, so that no change between the two is lost. */
    public SseEmitter subscribe(String planId, java.util.function.Supplier<PlanSummary> current) {
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        List<SseEmitter> ofPlan = listeners.computeIfAbsent(planId, id -> new CopyOnWriteArrayList<>());
        ofPlan.add(emitter);
        emitter.onCompletion(() -> ofPlan.remove(emitter));
        emitter.onTimeout(() -> ofPlan.remove(emitter));
        emitter.onError(e -> ofPlan.remove(emitter));
        PlanSummary summary = current.get();
        send(planId, emitter, "status", summary);
        if (!summary.status().isActive()) {
            ofPlan.remove(emitter);
            emitter.complete();
            return emitter;
        }
        BestScore best = latestBest.get(planId);
        if (best != null) {
            send(planId, emitter, "best", best);
        }
        return emitter;
    }

    public void best(BestScore best) {
        latestBest.put(best.planId(), best);
        sendAll(best.planId(), "best", best);
    }

    public void status(PlanSummary summary) {
        sendAll(summary.id(), "status", summary);
    }

    /** Ends every stream of the plan. */
    public void end(String planId) {
        latestBest.remove(planId);
        List<SseEmitter> ofPlan = listeners.remove(planId);
        if (ofPlan != null) {
            ofPlan.forEach(SseEmitter::complete);
        }
    }

    private void sendAll(String planId, String name, Object data) {
        List<SseEmitter> ofPlan = listeners.get(planId);
        if (ofPlan != null) {
            ofPlan.forEach(emitter -> send(planId, emitter, name, data));
        }
    }

    private void send(String planId, SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data));
        } catch (IOException | IllegalStateException e) {
            // the browser went away; forget it
            List<SseEmitter> ofPlan = listeners.get(planId);
            if (ofPlan != null) {
                ofPlan.remove(emitter);
            }
        }
    }
}
