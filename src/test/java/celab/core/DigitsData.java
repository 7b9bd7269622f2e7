package celab.core;

import celab.io.CsvReader;
import java.nio.file.Path;

/** The ready digits examples in assets/data, read for tests. */
final class DigitsData {

    private DigitsData() {
    }

    static Dataset load(String predictions, ScoreKind kind) throws Exception {
        Matrix p = CsvReader.read(Path.of("assets/data", predictions), predictions).values();
        Matrix t = CsvReader.read(Path.of("assets/data/digits-targets.csv"), "digits-targets.csv").values();
        return Dataset.of(p, kind, t);
    }
}
