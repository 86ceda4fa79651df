package io.welt.complaints.test;

/**
 * What every builder of {@link Facts} is: something that builds one fact. {@link RulesVerifier#given}
 * builds any it is handed.
 *
 * @param <T> the fact built
 */
interface FactBuilder<T> {

    /** @return the fact, immutable */
    T build();
}
