package vn.thanhhoa.planmap.config;

/**
 * One configuration key: the environment variable that sets it, what it means, and its default.
 *
 * @param key          environment variable name, e.g. {@code PLANMAP_PORT}
 * @param description  one line for the README and the start-up log
 * @param defaultValue value used when the variable is unset or blank
 * @param secret       whether the value is masked when logged
 */
public record Setting(String key, String description, String defaultValue, boolean secret) {}
