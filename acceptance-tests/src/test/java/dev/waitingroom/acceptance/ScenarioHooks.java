package dev.waitingroom.acceptance;

import io.cucumber.java.After;
import io.cucumber.java.Before;

/** A fresh world for every scenario, so that nothing one scenario did leaks into the next. */
public final class ScenarioHooks {

    @Before
    public void newWorld() {
        QueueWorld.begin();
    }

    @After
    public void forgetTheWorld() {
        QueueWorld.end();
    }
}
