package dev.waitingroom.acceptance;

import io.cucumber.java.AfterAll;
import io.cucumber.java.BeforeAll;

/** Starts the application once per run, against the store the run names, and stops it at the end. */
public final class DeploymentHooks {

    private static RunningDeployment deployment;
    private static FrontDoor frontDoor;

    @BeforeAll
    public static void startTheWaitingRoom() {
        Store store = Store.ofThisRun();
        System.out.println("[acceptance] running the features against the " + store + " store");
        deployment = RunningDeployment.start(store);
        System.out.println("[acceptance] started " + deployment);
    }

    @AfterAll
    public static void stopTheWaitingRoom() {
        if (frontDoor != null) {
            frontDoor.close();
            frontDoor = null;
        }
        if (deployment != null) {
            System.out.println("[acceptance] stopping " + deployment);
            deployment.close();
            deployment = null;
        }
    }

    static WaitingRoomClient client() {
        if (deployment == null) {
            throw new IllegalStateException("the waiting room is not running: did the @BeforeAll hook fail?");
        }
        return deployment.client();
    }

    /** Where the browsers of the page's scenarios reach the waiting room; made when first asked for. */
    static synchronized FrontDoor frontDoor() {
        if (deployment == null) {
            throw new IllegalStateException("the waiting room is not running: did the @BeforeAll hook fail?");
        }
        if (frontDoor == null) {
            frontDoor = FrontDoor.of(deployment);
        }
        return frontDoor;
    }
}
