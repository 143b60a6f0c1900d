package dev.waitingroom.domain.port;

import dev.waitingroom.domain.admission.EntryPass;

/** Signs entry passes so that any downstream service can check them without asking the waiting room. */
public interface EntryPassIssuer {

    /** The pass, signed, in the form handed to the admitted person. */
    String issue(EntryPass pass);
}
