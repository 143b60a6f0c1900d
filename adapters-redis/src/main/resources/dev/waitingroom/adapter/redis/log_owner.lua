#!lua flags=no-writes
-- Whose log a token's entry writes to, for reading it: the person the logged hash names (the entry keeps a
-- log and is remembered, live or answering "expired"), else the user of a live entry that keeps none
-- (that user may still have a log, from other entries).
-- KEYS[1] logged hash   KEYS[2] tickets hash
-- ARGV[1] ticket id
-- Reply: {0} the store does not know the entry | {1, person} its log is on | {2, user id ('' when anonymous)} its log is off

local ticket = ARGV[1]
local person = redis.call('HGET', KEYS[1], ticket)
if person then
    return {1, person}
end
local held = redis.call('HGET', KEYS[2], ticket)
if held then
    return {2, string.sub(held, string.find(held, ':', 1, true) + 1)}
end
return {0}
