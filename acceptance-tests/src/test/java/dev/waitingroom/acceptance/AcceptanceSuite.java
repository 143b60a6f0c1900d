package dev.waitingroom.acceptance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Every feature, against the store named by the system property {@code waitingroom.store}
 * ({@code in-memory}, {@code redis}, {@code redis-two-instances} or {@code redis-three-instances}); the build runs
 * it once per store.
 * The plugins are not set here: a suite's own parameters would win over the build's, which give each
 * store its own HTML report ({@code cucumber.plugin}); {@code junit-platform.properties} has the default.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.waitingroom.acceptance")
class AcceptanceSuite {
}
