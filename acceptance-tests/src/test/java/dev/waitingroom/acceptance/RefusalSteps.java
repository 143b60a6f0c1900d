package dev.waitingroom.acceptance;

import io.cucumber.java.en.Then;

/** Why the waiting room turned the last request down. */
public final class RefusalSteps {

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @Then("it is refused because {refusal}")
    public void refusedBecause(Refusal refusal) {
        world().lastReply().assertRefusedBecause(refusal);
    }
}
