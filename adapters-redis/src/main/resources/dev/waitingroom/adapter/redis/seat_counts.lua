#!lua flags=no-writes
-- An event's seat counters.
-- KEYS[1] seat-counts hash
-- Reply: {0} the event has no seats | {1, available, held, sold}

local counts = redis.call('HMGET', KEYS[1], 'available', 'held', 'sold')
if not counts[1] then
    return {0}
end
return {1, tonumber(counts[1]), tonumber(counts[2]), tonumber(counts[3])}
