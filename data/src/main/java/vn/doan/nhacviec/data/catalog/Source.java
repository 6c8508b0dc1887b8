package vn.doan.nhacviec.data.catalog;

/**
 * Where an obligation is written in the seed plans.
 *
 * @param file    seed file name, e.g. {@code 003_a6126f333eeb2043.txt}
 * @param section section number as printed, e.g. {@code III.2.3}
 * @param quote   the sentence that creates the duty, verbatim (may be shortened with …)
 */
public record Source(String file, String section, String quote) {
}
