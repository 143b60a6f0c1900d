package dev.waitingroom.acceptance;

import java.net.URI;

/**
 * Where the people's browsers reach the waiting room, and how a scenario stops the server they reach
 * for a few seconds. On Redis the gateway really stops, and a new one starts on the same port against
 * the same Redis, which still holds the queue. In memory the queue lives in the gateway, so a restart
 * would empty it: there the browsers reach the gateway through a {@link Relay}, and stopping the
 * server means the relay stops answering (nobody listens on the port the browsers know, every open
 * connection is cut) while the gateway keeps its queue.
 */
final class FrontDoor implements AutoCloseable {

    private final RunningDeployment deployment;
    private final Relay relay;
    private boolean stopped;

    private FrontDoor(RunningDeployment deployment, Relay relay) {
        this.deployment = deployment;
        this.relay = relay;
    }

    static FrontDoor of(RunningDeployment deployment) {
        return new FrontDoor(deployment,
                deployment.store().usesRedis() ? null : Relay.inFrontOf(deployment.address(0)));
    }

    URI address() {
        return relay == null ? deployment.address(0) : relay.address();
    }

    /** @return what was stopped, in words, for the scenario's report */
    synchronized String stopTheServer() {
        stopped = true;
        if (relay == null) {
            deployment.stopGateway(0);
            return "the gateway at " + address() + " stopped; Redis, with the queue, runs on";
        }
        relay.cutOff();
        return "the relay at " + address() + " in front of the in-memory gateway stopped answering; the gateway,"
                + " with the queue in its memory, runs on";
    }

    /** @return what was started again, in words */
    synchronized String startTheServerAgain() {
        stopped = false;
        if (relay == null) {
            deployment.startGatewayAgain(0);
            return "a new gateway started at " + address() + ", against the same Redis";
        }
        relay.open();
        return "the relay at " + address() + " answers again";
    }

    /** After a scenario that ended while the server was stopped: the next scenarios need it. */
    synchronized void startAgainIfStopped() {
        if (stopped) {
            System.out.println("[page] " + startTheServerAgain() + ", after a scenario that left it stopped");
        }
    }

    @Override
    public void close() {
        if (relay != null) {
            relay.close();
        }
    }
}
