-- Shared by the scripts that change a person's state: appends the change to the person's log in the same
-- atomic step as the change itself, so the state and the log never disagree and the log's order is the
-- order of the changes. LuaScript puts this text in place of a script's include line naming this file.
-- Not a script of its own. The including script defines, before its include line: 'now' (unix ms of the
-- server's clock); 'logPrefix', its KEYS entry holding the event's key prefix (wr:{<event>}:); and
-- 'logSettings()', answering the event hash's HMGET of log_max_entries and log_ttl_sec, then their defaults.
-- A person's stream is the one key a script may build, and only here: '<prefix><person>:log', a person
-- being 'user:<user id>' or 'ticket:<ticket id>' (the values of the logged hash). It carries the event's
-- hash tag, so the script still touches a single cluster slot.

-- How the logged hash names a person: by user id, or by ticket when anonymous (RedisKeys.userPerson agrees).
local function personOf(user, ticket)
    if user ~= '' then
        return 'user:' .. user
    end
    return 'ticket:' .. ticket
end

-- worked out at the first append of a run; a run that logs nothing reads no setting
local logMaxEntries, logTtlMillis, logAt

-- Appends one change to a person's log: its type, the ticket it concerns and the time, then its details
-- (a list: field, value, ...). The stream keeps about the newest log_max_entries, and is forgotten
-- log_ttl_sec after its last change.
local function appendToLog(person, ticket, change, details)
    if not logMaxEntries then
        local stored, defaultMaxEntries, defaultTtlSec = logSettings()
        logMaxEntries = stored[1] or defaultMaxEntries
        logTtlMillis = string.format('%.0f', tonumber(stored[2] or defaultTtlSec) * 1000)
        logAt = string.format('%.0f', now)
    end
    local stream = logPrefix .. person .. ':log'
    -- '~' trims whole stream nodes only: cheap, and never below the newest log_max_entries
    redis.call('XADD', stream, 'MAXLEN', '~', logMaxEntries, '*', 'type', change, 'ticket', ticket,
        'at', logAt, unpack(details or {}))
    redis.call('PEXPIRE', stream, logTtlMillis)
end
