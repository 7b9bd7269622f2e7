package celab.io.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Checks a step's lab state, the scenario format's {@code state} object, without building the
 * lab: each part's fields, types and ranges (a distribution sums to 1, a target is a class). The
 * app later restores the state on a scratch lab as well, so anything this misses is still refused
 * before the lab is touched; this check is here so that a teacher gets line and column.
 */
final class StateCheck {
    private static final double SUM_TOLERANCE = 1e-6;
    private static final int MAX_CLASSES = 10;
    private static final int BATCH_CLASSES = 3;
    private static final int BATCH_ROWS = 12;

    private final BiConsumer<String, String> problem;

    private StateCheck(BiConsumer<String, String> problem) {
        this.problem = problem;
    }

    /** Reports each problem as (JSON pointer, message). */
    static void check(JsonNode state, String at, BiConsumer<String, String> problem) {
        new StateCheck(problem).state(state, at);
    }

    private void state(JsonNode s, String at) {
        if (!s.isObject()) {
            problem.accept(at, "\"state\" must be an object (the scenario file's \"state\")");
            return;
        }
        fields(s, at, Set.of(), Set.of("settings", "explorer", "comparison", "batch", "clippingScreen", "logits",
                "training", "information"));
        if (s.has("settings")) {
            settings(s.get("settings"), at + "/settings");
        }
        if (s.has("explorer")) {
            JsonNode e = part(s, at, "explorer", Set.of("prediction", "target"));
            if (e != null) {
                int c = distribution(e.get("prediction"), at + "/explorer/prediction", 2, MAX_CLASSES);
                index(e.get("target"), at + "/explorer/target", "target", c);
            }
        }
        if (s.has("comparison")) {
            JsonNode c = part(s, at, "comparison", Set.of("a", "b", "target"));
            if (c != null) {
                distribution(c.get("a"), at + "/comparison/a", 3, 3);
                distribution(c.get("b"), at + "/comparison/b", 3, 3);
                index(c.get("target"), at + "/comparison/target", "target", 3);
            }
        }
        if (s.has("batch")) {
            batch(s, at);
        }
        if (s.has("logits")) {
            logits(s, at);
        }
        if (s.has("information")) {
            information(s, at);
        }
        if (s.has("clippingScreen")) {
            JsonNode c = part(s, at, "clippingScreen", Set.of("poisonedSample"));
            if (c != null) {
                index(c.get("poisonedSample"), at + "/clippingScreen/poisonedSample", "poisoned sample", 3);
            }
        }
        if (s.has("training")) {
            training(s, at);
        }
    }

    /** The Training screen's settings, in the ranges its controls offer. */
    private void training(JsonNode s, String at) {
        JsonNode t = part(s, at, "training",
                Set.of("points", "classes", "seed", "hidden", "optimizer", "learningRate", "speed"));
        if (t == null) {
            return;
        }
        String tat = at + "/training";
        whole(t.get("points"), tat + "/points", "points per class", 10, 500);
        whole(t.get("classes"), tat + "/classes", "classes", 2, 5);
        whole(t.get("seed"), tat + "/seed", "seed", 0, Long.MAX_VALUE);
        whole(t.get("hidden"), tat + "/hidden", "hidden width", 1, 1024);
        whole(t.get("speed"), tat + "/speed", "epochs per frame", 1, 1000);
        JsonNode rate = t.get("learningRate");
        if (!rate.isNumber() || !(rate.asDouble() > 0 && rate.asDouble() <= 100)) {
            problem.accept(tat + "/learningRate", "training: \"learningRate\" must be a number in (0, 100]");
        }
        List<String> optimizers = java.util.Arrays.stream(celab.core.net.Optimizer.Kind.values()).map(Enum::name).toList();
        if (!optimizers.contains(t.get("optimizer").asText())) {
            problem.accept(tat + "/optimizer", "training: \"optimizer\" must be one of " + String.join(", ", optimizers));
        }
    }

    private void whole(JsonNode v, String at, String what, long min, long max) {
        if (!v.canConvertToExactIntegral() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            problem.accept(at, "training: " + what + " must be a whole number in [" + min + ", " + max + "]");
        }
    }

    private void information(JsonNode s, String at) {
        JsonNode i = part(s, at, "information", Set.of("prediction", "target", "smoothing", "y", "custom"));
        if (i == null) {
            return;
        }
        String iat = at + "/information";
        int c = distribution(i.get("prediction"), iat + "/prediction", 2, MAX_CLASSES);
        index(i.get("target"), iat + "/target", "target", c);
        JsonNode a = i.get("smoothing");
        if (!a.isNumber() || a.asDouble() < 0 || a.asDouble() > 1) {
            problem.accept(iat + "/smoothing", "information: \"smoothing\" (α) must be a number in [0, 1]");
        }
        if (!i.get("custom").isBoolean()) {
            problem.accept(iat + "/custom", "information: \"custom\" must be true or false");
        } else if (i.get("custom").asBoolean()) {
            distribution(i.get("y"), iat + "/y", Math.max(c, 2), Math.max(c, 2));
        } else if (!i.get("y").isArray()) {
            problem.accept(iat + "/y", "information: \"y\" must be a list of numbers");
        }
    }

    private void settings(JsonNode s, String at) {
        if (!s.isObject()) {
            problem.accept(at, "\"settings\" must be an object");
            return;
        }
        if (!fields(s, at, Set.of("epsilon", "clipping", "precision", "classNames"), Set.of("logBase"))) {
            return;
        }
        if (s.has("logBase") && !List.of("E", "TWO").contains(s.get("logBase").asText())) {
            problem.accept(at + "/logBase", "settings: \"logBase\" must be \"E\" (nats) or \"TWO\" (bits)");
        }
        JsonNode eps = s.get("epsilon");
        if (!eps.isNumber() || !(eps.asDouble() > 0 && eps.asDouble() < 0.5)) {
            problem.accept(at + "/epsilon", "settings: \"epsilon\" must be a number in (0, 0.5)");
        }
        if (!s.get("clipping").isBoolean()) {
            problem.accept(at + "/clipping", "settings: \"clipping\" must be true or false");
        }
        if (!List.of("FLOAT64", "FLOAT32").contains(s.get("precision").asText())) {
            problem.accept(at + "/precision", "settings: \"precision\" must be \"FLOAT64\" or \"FLOAT32\"");
        }
        JsonNode names = s.get("classNames");
        if (!names.isArray() || names.size() != MAX_CLASSES) {
            problem.accept(at + "/classNames", "settings: \"classNames\" must list " + MAX_CLASSES + " names");
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i).asText("");
            if (!names.get(i).isTextual() || n.isBlank() || n.strip().length() > 24) {
                problem.accept(at + "/classNames/" + i, "settings: class name " + i + " must be 1 to 24 characters");
            }
        }
    }

    private void batch(JsonNode s, String at) {
        JsonNode b = part(s, at, "batch", Set.of("rows", "targets", "form"));
        if (b == null) {
            return;
        }
        JsonNode rows = b.get("rows");
        if (!rows.isArray() || rows.isEmpty() || rows.size() > BATCH_ROWS) {
            problem.accept(at + "/batch/rows", "batch: \"rows\" must list 1 to " + BATCH_ROWS + " rows");
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            distribution(rows.get(i), at + "/batch/rows/" + i, BATCH_CLASSES, BATCH_CLASSES);
        }
        targets(b.get("targets"), at + "/batch/targets", rows.size(), BATCH_CLASSES);
        if (!List.of("INDICES", "ONE_HOT").contains(b.get("form").asText())) {
            problem.accept(at + "/batch/form", "batch: \"form\" must be \"INDICES\" or \"ONE_HOT\"");
        }
    }

    private void logits(JsonNode s, String at) {
        JsonNode l = part(s, at, "logits", Set.of("logits", "targets", "selected", "example"));
        if (l == null) {
            return;
        }
        JsonNode rows = l.get("logits");
        if (!rows.isArray() || rows.isEmpty()) {
            problem.accept(at + "/logits/logits", "logits: \"logits\" must list at least one row");
            return;
        }
        int classes = -1;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            String rat = at + "/logits/logits/" + i;
            if (!r.isArray() || r.size() < 2 || r.size() > MAX_CLASSES) {
                problem.accept(rat, "logits: row " + i + " must hold 2 to " + MAX_CLASSES + " numbers");
                return;
            }
            if (classes >= 0 && r.size() != classes) {
                problem.accept(rat, "logits: row " + i + " has " + r.size() + " numbers, row 0 has " + classes);
                return;
            }
            classes = r.size();
            for (int j = 0; j < r.size(); j++) {
                if (!r.get(j).isNumber() || Math.abs(r.get(j).asDouble()) > 1000) {
                    problem.accept(rat + "/" + j, "logits: a logit must be a number in [−1000, 1000]");
                }
            }
        }
        targets(l.get("targets"), at + "/logits/targets", rows.size(), classes);
        index(l.get("selected"), at + "/logits/selected", "selected row", rows.size());
        if (!l.get("example").isBoolean()) {
            problem.accept(at + "/logits/example", "logits: \"example\" must be true or false");
        }
    }

    /** The part's object if it has exactly the expected fields, else null (problems reported). */
    private JsonNode part(JsonNode s, String at, String name, Set<String> expected) {
        JsonNode p = s.get(name);
        if (!p.isObject()) {
            problem.accept(at + "/" + name, "\"" + name + "\" must be an object");
            return null;
        }
        return fields(p, at + "/" + name, expected, Set.of()) ? p : null;
    }

    /** Reports unknown and missing fields; true when the object has exactly what is needed. */
    private boolean fields(JsonNode o, String at, Set<String> required, Set<String> optional) {
        boolean ok = true;
        for (java.util.Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!required.contains(f) && !optional.contains(f)) {
                java.util.TreeSet<String> allowed = new java.util.TreeSet<>(required);
                allowed.addAll(optional);
                problem.accept(at + "/" + f, "unknown field \"" + f + "\"; allowed here: " + String.join(", ", allowed));
                ok = false;
            }
        }
        for (String f : new java.util.TreeSet<>(required)) {
            if (!o.has(f)) {
                problem.accept(at, "\"" + f + "\" is missing");
                ok = false;
            }
        }
        return ok;
    }

    /** Checks a probability row; returns its length (or -1 if it is not a list). */
    private int distribution(JsonNode row, String at, int min, int max) {
        if (!row.isArray() || row.size() < min || row.size() > max) {
            problem.accept(at, min == max ? "needs " + min + " probabilities" : "needs " + min + " to " + max
                    + " probabilities");
            return row.isArray() ? row.size() : -1;
        }
        double sum = 0;
        for (int i = 0; i < row.size(); i++) {
            JsonNode v = row.get(i);
            if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 1) {
                problem.accept(at + "/" + i, "a probability must be a number in [0, 1]");
                return row.size();
            }
            sum += v.asDouble();
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            problem.accept(at, "the probabilities sum to " + String.format(java.util.Locale.ROOT, "%.6g", sum) + ", not 1");
        }
        return row.size();
    }

    private void targets(JsonNode t, String at, int rows, int classes) {
        if (!t.isArray() || t.size() != rows) {
            problem.accept(at, "\"targets\" must hold one class index per row (" + rows + ")");
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            index(t.get(i), at + "/" + i, "target", classes);
        }
    }

    private void index(JsonNode v, String at, String what, int size) {
        if (!v.canConvertToExactIntegral() || v.asInt() < 0 || (size > 0 && v.asInt() >= size)) {
            problem.accept(at, what + " must be a whole number in [0, " + Math.max(size, 0) + ")");
        }
    }
}
