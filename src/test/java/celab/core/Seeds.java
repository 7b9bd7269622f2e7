package celab.core;

/**
 * The numbers the seed texts state, written down once. Expected values in tests come from here
 * (or from an independent formula), never from the code under test.
 */
final class Seeds {

    private Seeds() {
    }

    /** Seeds 001/002: softmax outputs of a batch of three samples, three classes. */
    static final double[][] SOFTMAX_OUTPUTS = {
            {0.7, 0.1, 0.2},
            {0.1, 0.5, 0.4},
            {0.02, 0.9, 0.08}};

    /** Seed 002's one-hot cell: row 0 is [0.7, 0.2, 0.1] there (the true class still gets 0.7). */
    static final double[][] Y_PRED_ONE_HOT_CELL = {
            {0.7, 0.2, 0.1},
            {0.1, 0.5, 0.4},
            {0.02, 0.9, 0.08}};

    static final int[] CLASS_TARGETS = {0, 1, 1};

    static final double[][] ONE_HOT_TARGETS = {
            {1, 0, 0},
            {0, 1, 0},
            {0, 1, 0}};

    /** Seed 001: "[0.35667494 0.69314718 0.10536052]" (NumPy prints 8 decimals). */
    static final double[] PER_SAMPLE = {0.35667494, 0.69314718, 0.10536052};

    /** Seed 002: np.float64(0.38506088005216804). */
    static final double MEAN = 0.38506088005216804;

    /** Seed 001, the book's example: true class 1. */
    static final double[] PREDICTION_A = {0.22, 0.6, 0.18};
    static final double[] PREDICTION_B = {0.32, 0.36, 0.32};
    static final double LOSS_A = 0.5108256;
    static final double LOSS_B = 1.0216512;

    /** −log(1e-7) and −log(1 − 1e-7) as NumPy prints them (issue 2). */
    static final double CAP = 16.11809565;
    static final double FLOOR = 1.0000000494736474e-07;

    /** float32: 1 − 1e-7 rounds to 0.99999988, so the floor is about 2^-23 = 1.1920929e-07. */
    static final float FLOAT32_ONE_MINUS_EPS = 0.99999988f;
    static final float FLOAT32_FLOOR = 1.1920929e-07f;

    /** Seed 003: torch.manual_seed(0); torch.randn(4, 3), and targets [0, 1, 2, 1]. */
    static final double[][] TORCH_LOGITS = {
            {1.5409960746765137, -0.293428897857666, -2.1787893772125244},
            {0.5684312582015991, -1.0845223665237427, -1.3985954523086548},
            {0.40334683656692505, 0.8380263447761536, -0.7192575931549072},
            {-0.40334352850914, -0.5966353416442871, 0.18203648924827576}};
    static final int[] TORCH_TARGETS = {0, 1, 2, 1};
    /** F.cross_entropy(logits, targets, reduction='none') in float32. */
    static final double[] TORCH_PER_SAMPLE = {0.16885163, 1.93915129, 2.17688131, 1.47974229};
    /** "Cross Entropy Loss: 1.4412"; F.cross_entropy(...).item() is 1.4411566 in float32. */
    static final float TORCH_MEAN_FLOAT32 = 1.4411566f;
    /** The same logits as float64 tensors: F.cross_entropy(logits.double(), targets). */
    static final double TORCH_MEAN_FLOAT64 = 1.4411566313810205;

    /** Seed 002's spiral network: "loss: 1.0986104011535645" for near-uniform outputs. */
    static final double SPIRAL_FIRST_LOSS = 1.0986104011535645;
    /** Seed 002's accuracy of that untrained network: np.float64(0.34). */
    static final double SPIRAL_ACCURACY = 0.34;
}
