package dev.waitingroom.acceptance;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Browsers for the scenarios about the page: none until a person opens the page, every one closed
 * after the scenario, once its screenshots are kept (also after a failure: that is when they help
 * most) under {@code target/page-screenshots/<store>/} and in the scenario's report.
 */
public final class PageHooks {

    static final Path SCREENSHOTS = Path.of("target", "page-screenshots");

    @Before("@page")
    public void noBrowserYet() {
        PageVisitors.begin();
    }

    // before the other hooks after a scenario (higher order runs first): the pages are still as the scenario left them
    @After(value = "@page", order = 30_000)
    public void keepScreenshotsAndCloseTheBrowsers(Scenario scenario) {
        try {
            for (Path png : PageVisitors.current().screenshots(SCREENSHOTS.resolve(Store.ofThisRun().toString()),
                    scenario.getName())) {
                scenario.attach(Files.readAllBytes(png), "image/png", png.getFileName().toString());
                System.out.println("[page] screenshot: " + png.toAbsolutePath());
            }
        } catch (Exception e) {
            scenario.log("could not keep the screenshots: " + e);
        } finally {
            try {
                // the front door first: a page cancels its hold through it
                DeploymentHooks.frontDoor().startAgainIfStopped();
                cancelHoldsLeftOpen(scenario);
            } finally {
                PageVisitors.end();
            }
        }
    }

    /**
     * A hold the page still shows is cancelled on the page, as its person would: left to run out, it would
     * be given back during a later scenario, and the hold-expiry scenario counts every hold the gateways'
     * sweeps give back (seen in two Cluster runs: a page's 60 s hold counted as a second one given back).
     */
    private static void cancelHoldsLeftOpen(Scenario scenario) {
        PageVisitors.current().pages().forEach((person, page) -> {
            try {
                if (page.state().equals("holding")) {
                    page.press("cancel");
                    page.waitFor(WaitingOnThePageSteps.PATIENCE, "the hold of " + person + " cancelled",
                            () -> !page.state().equals("holding"));
                    System.out.println("[page] cancelled the hold left on the page of " + person);
                }
            } catch (RuntimeException e) {
                scenario.log("could not cancel the hold left on the page of " + person + ": " + e);
            }
        });
    }
}
