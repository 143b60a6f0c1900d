package dev.waitingroom.application.port.in;

import java.util.List;

public interface ListFlagsUseCase {

    /**
     * Every flag of the product, in the order of their declaration, as the shared store holds it (what every
     * instance agrees on within a couple of seconds); a flag the store holds no value for shows the starting
     * value of this instance.
     */
    List<FlagValue> flags();
}
