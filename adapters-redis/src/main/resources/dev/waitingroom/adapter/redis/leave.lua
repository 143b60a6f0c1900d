-- Removes every trace of an entry. The caller read the ticket's user and idempotency key first.
-- KEYS[1] queue zset   KEYS[2] ticket hash   KEYS[3] idempotency string   KEYS[4] users hash
-- KEYS[5] stats hash
-- ARGV[1] ticket id   ARGV[2] user id ('' when anonymous)
-- Reply: {1} left | {0} it was not waiting (already gone)

local ticket = ARGV[1]
if redis.call('ZREM', KEYS[1], ticket) ~= 1 then
    return {0}
end
redis.call('DEL', KEYS[2])
-- The key may have expired and been reused by a later join: only free it if it is still ours
-- (join.lua remembers it as '<ticket id>:<user id>').
if redis.call('GET', KEYS[3]) == ticket .. ':' .. ARGV[2] then
    redis.call('DEL', KEYS[3])
end
local user = ARGV[2]
if user ~= '' and redis.call('HINCRBY', KEYS[4], user, -1) <= 0 then
    redis.call('HDEL', KEYS[4], user)
end
redis.call('HINCRBY', KEYS[5], 'left_total', 1)
return {1}
