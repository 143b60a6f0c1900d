-- Removes every trace of an entry, waiting or admitted (which closes its window at once).
-- KEYS[1] queue zset   KEYS[2] alive zset   KEYS[3] windows zset   KEYS[4] tickets hash
-- KEYS[5] users hash   KEYS[6] stats hash   KEYS[7] passes hash
-- ARGV[1] ticket id
-- Reply: {1} left | {0} it was already gone
-- The entry's idempotency key needs no deleting: join.lua treats a key whose entry is gone as free.

local ticket = ARGV[1]
local held = redis.call('HGET', KEYS[4], ticket)
if not held then
    return {0}
end
redis.call('ZREM', KEYS[1], ticket)
redis.call('ZREM', KEYS[2], ticket)
redis.call('ZREM', KEYS[3], ticket)
redis.call('HDEL', KEYS[7], ticket)
redis.call('HDEL', KEYS[4], ticket)
local user = string.sub(held, string.find(held, ':', 1, true) + 1)
if user ~= '' and redis.call('HINCRBY', KEYS[5], user, -1) <= 0 then
    redis.call('HDEL', KEYS[5], user)
end
redis.call('HINCRBY', KEYS[6], 'left_total', 1)
return {1}
