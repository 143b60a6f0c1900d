package dev.waitingroom.application.port.in;

public interface DescribeEventUseCase {

    EventDescription describe(DescribeEventQuery query);
}
