package celab.io.lesson;

import celab.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lesson files, {@code *.celab-lesson.json}:
 * <pre>{"format": "cross-entropy-lab-lesson", "version": 1, "title": …, "author": …, "steps": [{…}]}</pre>
 * Reading checks everything a teacher can get wrong (unknown fields, goals and their
 * parameters, answers, screens, the lab state) and reports every problem at once, each with
 * its file:line:column. Nothing here knows JavaFX, so the command line checks files with it.
 */
public final class LessonFile {

    public static final String FORMAT = "cross-entropy-lab-lesson";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".celab-lesson.json";
    /** The screens a step may open (the app's screen ids). */
    public static final List<String> SCREENS =
            List.of("explorer", "accuracy", "batch", "clipping", "logits", "information", "spiral", "data");
    /** The kinds of mystery value. */
    public static final List<String> MYSTERIES = List.of("losses");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    private static final ObjectMapper STATE = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Set<String> TOP = Set.of("format", "version", "title", "author", "steps");
    private static final Set<String> STEP = Set.of("id", "title", "screen", "state", "text", "task", "question",
            "hints", "hidden", "locked", "mystery");
    private static final String ID = "[A-Za-z0-9][A-Za-z0-9_.-]*";

    private LessonFile() {
    }

    /** Reads and checks a lesson file. */
    public static Lesson read(Path file) throws LessonException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new LessonException(name + ": no such file");
        } catch (MalformedInputException e) {
            throw new LessonException(name + ": not a text file (not UTF-8)");
        } catch (IOException e) {
            throw new LessonException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(name, text);
    }

    /** Checks and reads lesson text that came from elsewhere (a bundled lesson, a test). */
    public static Lesson parse(String name, String text) throws LessonException {
        if (text.isBlank()) {
            throw new LessonException(name + ": the file is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
            String msg = e.getOriginalMessage().replaceAll("\\[Source: [^;\\]]*; ", "[");
            int cut = msg.indexOf('\n');
            throw new LessonException(where + ": the JSON is cut off or malformed ("
                    + (cut > 0 ? msg.substring(0, cut) : msg) + ")");
        }
        Reader r = new Reader(name, text);
        Lesson lesson = r.lesson(root);
        if (!r.problems.isEmpty()) {
            throw new LessonException(r.problems);
        }
        return lesson;
    }

    /**
     * Maps a step's state onto the app's state record (the same record a scenario holds); the
     * type is the caller's, so this layer stays free of the app's model.
     */
    public static <T> T stateAs(JsonNode state, Class<T> type) throws LessonException {
        try {
            return STATE.treeToValue(state, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String msg = e.getMessage();
            int cut = msg == null ? -1 : msg.indexOf('\n');
            throw new LessonException("the step's state does not fit the lab: " + (cut > 0 ? msg.substring(0, cut) : msg));
        }
    }

    /** The app's state record as a step's {@code state} (what "Add this screen as a step" records). */
    public static JsonNode stateTree(Object state) {
        return STATE.valueToTree(state);
    }

    /** The lesson as JSON text, pretty-printed, in the order the format documents. */
    public static String toJson(Lesson lesson) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("title", lesson.title());
        root.put("author", lesson.author());
        ArrayNode steps = root.putArray("steps");
        for (Lesson.Step s : lesson.steps()) {
            steps.add(step(s));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a lesson always has a JSON form", e);
        }
    }

    /** Writes a lesson atomically (a temporary file, then a move). */
    public static void write(Path file, Lesson lesson) throws IOException {
        AtomicFiles.write(file, toJson(lesson));
    }

    private static ObjectNode step(Lesson.Step s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", s.id());
        o.put("title", s.title());
        o.put("screen", s.screen());
        if (s.state() != null) {
            o.set("state", s.state().deepCopy());
        }
        o.put("text", s.text());
        if (s.task() != null) {
            ObjectNode t = o.putObject("task");
            t.put("text", s.task().text());
            ArrayNode goals = t.putArray("goals");
            for (Lesson.Goal g : s.task().goals()) {
                ObjectNode go = goals.addObject();
                go.put("goal", g.kind().id());
                for (GoalKind.Param p : g.kind().params()) {
                    Object v = g.params().get(p.name());
                    switch (p.type()) {
                        case NUMBER -> go.put(p.name(), ((Number) v).doubleValue());
                        case INTEGER -> go.put(p.name(), ((Number) v).intValue());
                        case CHOICE -> go.put(p.name(), (String) v);
                        case BOOLEAN -> go.put(p.name(), (Boolean) v);
                    }
                }
            }
        }
        if (s.question() instanceof Lesson.Choice c) {
            ObjectNode q = o.putObject("question");
            q.put("kind", "choice");
            q.put("prompt", c.prompt());
            ArrayNode opts = q.putArray("options");
            c.options().forEach(opts::add);
            q.put("answer", c.correct());
            q.put("hint", c.hint());
            q.put("explanation", c.explanation());
        } else if (s.question() instanceof Lesson.Numeric n) {
            ObjectNode q = o.putObject("question");
            q.put("kind", "numeric");
            q.put("prompt", n.prompt());
            q.put("answer", n.answer());
            q.put("tolerance", n.tolerance());
            q.put("decimals", n.decimals());
            q.put("hint", n.hint());
            q.put("explanation", n.explanation());
        }
        list(o, "hints", s.hints());
        list(o, "hidden", s.hidden());
        list(o, "locked", s.locked());
        list(o, "mystery", s.mystery());
        return o;
    }

    private static void list(ObjectNode o, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(name);
            values.forEach(a::add);
        }
    }

    /** Turns the tree into records, collecting every problem with its place in the text. */
    private static final class Reader {
        private final String name;
        private final String text;
        final List<String> problems = new ArrayList<>();

        Reader(String name, String text) {
            this.name = name;
            this.text = text;
        }

        void problem(String pointer, String what) {
            int[] at = JsonLocator.locate(text, pointer);
            problems.add(at[0] < 1 ? name + ": " + what : name + ":" + at[0] + ":" + at[1] + ": " + what);
        }

        Lesson lesson(JsonNode root) {
            if (!(root instanceof ObjectNode obj) || !FORMAT.equals(obj.path("format").asText(null))) {
                problem("", "not a Cross-Entropy Lab lesson (\"format\" must be \"" + FORMAT + "\")");
                return null;
            }
            JsonNode version = obj.get("version");
            if (version == null || !version.canConvertToExactIntegral()) {
                problem(version == null ? "" : "/version", "\"version\" is missing or not a whole number");
                return null;
            }
            if (version.asInt() != VERSION) {
                problem("/version", "format version " + version.asText() + " is not supported; this app reads version "
                        + VERSION);
                return null;
            }
            unknown(obj, "", TOP);
            String title = text(obj, "", "title", true);
            String author = text(obj, "", "author", true);
            JsonNode steps = obj.get("steps");
            List<Lesson.Step> out = new ArrayList<>();
            if (steps == null || !steps.isArray() || steps.isEmpty()) {
                problem(steps == null ? "" : "/steps", "\"steps\" must be a list of at least one step");
            } else {
                Set<String> ids = new HashSet<>();
                for (int i = 0; i < steps.size(); i++) {
                    Lesson.Step s = step(steps.get(i), "/steps/" + i, i + 1);
                    if (s != null && !ids.add(s.id())) {
                        problem("/steps/" + i + "/id", "step " + (i + 1) + ": the id \"" + s.id() + "\" is used twice");
                    }
                    out.add(s);
                }
            }
            return problems.isEmpty() ? new Lesson(title, author, out) : null;
        }

        Lesson.Step step(JsonNode node, String at, int n) {
            if (!(node instanceof ObjectNode o)) {
                problem(at, "step " + n + " must be an object");
                return null;
            }
            String where = "step " + n;
            unknown(o, at, STEP);
            String id = text(o, at, "id", true);
            if (id != null && !id.matches(ID)) {
                problem(at + "/id", where + ": the id \"" + id + "\" may hold only letters, digits, '-', '_' and '.'");
            }
            String title = text(o, at, "title", true);
            String screen = text(o, at, "screen", true);
            if (screen != null && !SCREENS.contains(screen)) {
                problem(at + "/screen", where + ": there is no screen \"" + screen + "\"; screens are "
                        + String.join(", ", SCREENS));
            }
            JsonNode state = o.get("state");
            if (state != null) {
                StateCheck.check(state, at + "/state", this::problem);
            }
            String body = text(o, at, "text", true);
            Lesson.Task task = o.has("task") ? task(o.get("task"), at + "/task") : null;
            Lesson.Question question = o.has("question") ? question(o.get("question"), at + "/question") : null;
            if (task != null && question != null) {
                problem(at + "/question", where + ": a step has a task or a question, not both");
            }
            List<String> hints = strings(o, at, "hints", null);
            List<String> hidden = strings(o, at, "hidden", ID);
            List<String> locked = strings(o, at, "locked", ID);
            List<String> mystery = strings(o, at, "mystery", null);
            for (int k = 0; k < mystery.size(); k++) {
                if (!MYSTERIES.contains(mystery.get(k))) {
                    problem(at + "/mystery/" + k, where + ": \"" + mystery.get(k) + "\" is not a kind of mystery value;"
                            + " use " + String.join(", ", MYSTERIES));
                }
            }
            if (!mystery.isEmpty() && task == null && question == null) {
                problem(at + "/mystery", where + ": mystery values are revealed when the step is solved, so the step"
                        + " needs a task or a question");
            }
            return new Lesson.Step(id, title, screen, state == null ? null : state.deepCopy(), body, task, question,
                    hints, hidden, locked, mystery);
        }

        Lesson.Task task(JsonNode node, String at) {
            if (!(node instanceof ObjectNode o)) {
                problem(at, "\"task\" must be an object with \"text\" and \"goals\"");
                return null;
            }
            unknown(o, at, Set.of("text", "goals"));
            String what = text(o, at, "text", true);
            JsonNode goals = o.get("goals");
            List<Lesson.Goal> out = new ArrayList<>();
            if (goals == null || !goals.isArray() || goals.isEmpty()) {
                problem(goals == null ? at : at + "/goals", "\"goals\" must list at least one goal");
                return null;
            }
            for (int i = 0; i < goals.size(); i++) {
                Lesson.Goal g = goal(goals.get(i), at + "/goals/" + i);
                if (g != null) {
                    out.add(g);
                }
            }
            return out.size() == goals.size() ? new Lesson.Task(what, out) : null;
        }

        Lesson.Goal goal(JsonNode node, String at) {
            if (!(node instanceof ObjectNode o) || !o.path("goal").isTextual()) {
                problem(at, "a goal must be an object with \"goal\" naming it; goals are " + GoalKind.ids());
                return null;
            }
            String id = o.get("goal").asText();
            GoalKind kind = GoalKind.byId(id).orElse(null);
            if (kind == null) {
                problem(at + "/goal", "there is no goal \"" + id + "\"; goals are " + GoalKind.ids());
                return null;
            }
            Set<String> allowed = new HashSet<>(Set.of("goal"));
            kind.params().forEach(p -> allowed.add(p.name()));
            unknown(o, at, allowed);
            Map<String, Object> params = new java.util.HashMap<>();
            int before = problems.size();
            for (GoalKind.Param p : kind.params()) {
                JsonNode v = o.get(p.name());
                String vat = at + "/" + p.name();
                String label = id + ": \"" + p.name() + "\"";
                if (v == null) {
                    problem(at, label + " is missing");
                    continue;
                }
                switch (p.type()) {
                    case NUMBER -> {
                        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                            problem(vat, label + " must be a number");
                        } else if (v.asDouble() < p.min() || v.asDouble() > p.max()) {
                            problem(vat, label + " is " + v.asText() + ", outside [" + plain(p.min()) + ", "
                                    + plain(p.max()) + "]");
                        } else {
                            params.put(p.name(), v.asDouble());
                        }
                    }
                    case INTEGER -> {
                        if (!v.canConvertToExactIntegral()) {
                            problem(vat, label + " must be a whole number");
                        } else if (v.asInt() < p.min() || v.asInt() > p.max()) {
                            problem(vat, label + " is " + v.asText() + ", outside [" + plain(p.min()) + ", "
                                    + plain(p.max()) + "]");
                        } else {
                            params.put(p.name(), v.asInt());
                        }
                    }
                    case CHOICE -> {
                        if (!v.isTextual() || !p.choices().contains(v.asText())) {
                            problem(vat, label + " must be one of " + String.join(", ", p.choices()));
                        } else {
                            params.put(p.name(), v.asText());
                        }
                    }
                    case BOOLEAN -> {
                        if (!v.isBoolean()) {
                            problem(vat, label + " must be true or false");
                        } else {
                            params.put(p.name(), v.asBoolean());
                        }
                    }
                }
            }
            if (problems.size() == before && params.containsKey("min") && params.containsKey("max")
                    && ((Number) params.get("min")).doubleValue() > ((Number) params.get("max")).doubleValue()) {
                problem(at + "/min", id + ": \"min\" is larger than \"max\"");
            }
            return problems.size() == before ? new Lesson.Goal(kind, params) : null;
        }

        Lesson.Question question(JsonNode node, String at) {
            if (!(node instanceof ObjectNode o) || !o.path("kind").isTextual()) {
                problem(at, "a question must be an object with \"kind\": \"choice\" or \"numeric\"");
                return null;
            }
            String kind = o.get("kind").asText();
            int before = problems.size();
            if (kind.equals("choice")) {
                unknown(o, at, Set.of("kind", "prompt", "options", "answer", "hint", "explanation"));
                String prompt = text(o, at, "prompt", true);
                List<String> options = strings(o, at, "options", null);
                if (options.size() < 2) {
                    problem(o.has("options") ? at + "/options" : at, "a choice question needs at least two \"options\"");
                }
                JsonNode answer = o.get("answer");
                if (answer == null || !answer.canConvertToExactIntegral() || answer.asInt() < 0
                        || answer.asInt() >= Math.max(1, options.size())) {
                    problem(answer == null ? at : at + "/answer", "\"answer\" must be the index of the right option,"
                            + " 0 to " + Math.max(0, options.size() - 1));
                }
                String hint = text(o, at, "hint", true);
                String explanation = text(o, at, "explanation", true);
                return problems.size() == before
                        ? new Lesson.Choice(prompt, options, answer.asInt(), hint, explanation) : null;
            }
            if (kind.equals("numeric")) {
                unknown(o, at, Set.of("kind", "prompt", "answer", "tolerance", "decimals", "hint", "explanation"));
                String prompt = text(o, at, "prompt", true);
                double answer = number(o, at, "answer", -1e9, 1e9);
                double tolerance = number(o, at, "tolerance", 0, 1e9);
                JsonNode d = o.get("decimals");
                if (d == null || !d.canConvertToExactIntegral() || d.asInt() < 0 || d.asInt() > 10) {
                    problem(d == null ? at : at + "/decimals", "\"decimals\" must be a whole number from 0 to 10");
                }
                String hint = text(o, at, "hint", true);
                String explanation = text(o, at, "explanation", true);
                if (problems.size() == before && tolerance < 0.5 * Math.pow(10, -d.asInt()) - 1e-15) {
                    problem(at + "/tolerance", "\"tolerance\" " + plain(tolerance) + " is finer than the "
                            + d.asInt() + " decimals asked for (at least " + plain(0.5 * Math.pow(10, -d.asInt())) + ")");
                }
                return problems.size() == before
                        ? new Lesson.Numeric(prompt, answer, tolerance, d.asInt(), hint, explanation) : null;
            }
            problem(at + "/kind", "\"kind\" must be \"choice\" or \"numeric\", not \"" + kind + "\"");
            return null;
        }

        void unknown(JsonNode o, String at, Set<String> allowed) {
            o.fieldNames().forEachRemaining(f -> {
                if (!allowed.contains(f)) {
                    problem(at + "/" + f.replace("~", "~0").replace("/", "~1"), "unknown field \"" + f
                            + "\"; allowed here: " + String.join(", ", allowed.stream().sorted().toList()));
                }
            });
        }

        String text(JsonNode o, String at, String field, boolean required) {
            JsonNode v = o.get(field);
            if (v == null) {
                if (required) {
                    problem(at, "\"" + field + "\" is missing");
                }
                return null;
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                problem(at + "/" + field, "\"" + field + "\" must be a text that is not empty");
                return null;
            }
            return v.asText();
        }

        double number(JsonNode o, String at, String field, double min, double max) {
            JsonNode v = o.get(field);
            if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
                problem(v == null ? at : at + "/" + field, "\"" + field + "\" must be a number");
                return 0;
            }
            if (v.asDouble() < min || v.asDouble() > max) {
                problem(at + "/" + field, "\"" + field + "\" is " + v.asText() + ", outside [" + plain(min) + ", "
                        + plain(max) + "]");
            }
            return v.asDouble();
        }

        List<String> strings(JsonNode o, String at, String field, String pattern) {
            JsonNode v = o.get(field);
            if (v == null) {
                return List.of();
            }
            if (!v.isArray()) {
                problem(at + "/" + field, "\"" + field + "\" must be a list of texts");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                if (!e.isTextual() || e.asText().isBlank()) {
                    problem(at + "/" + field + "/" + i, "\"" + field + "\" must hold texts that are not empty");
                } else if (pattern != null && !e.asText().matches(pattern)) {
                    problem(at + "/" + field + "/" + i, "\"" + e.asText() + "\" is not a control id (letters, digits,"
                            + " '-', '_'; without '#')");
                } else {
                    out.add(e.asText());
                }
            }
            return out;
        }
    }

    /** A number as people write it: 0.5, 1000000, 1e-7 → "1.0E-7" avoided. */
    static String plain(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
