package kaohe.indicator.importing;

/**
 * Something in an imported file that could not be turned into an indicator.
 *
 * @param location where in the file, e.g. "表2 第3行"
 * @param message  explanation in Chinese for the office that sent the file
 */
public record ImportProblem(String location, String message) {
}
