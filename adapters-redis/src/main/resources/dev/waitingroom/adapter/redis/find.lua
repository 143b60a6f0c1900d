-- Reads an entry's place in the queue, with the server's time of the reading.
-- KEYS[1] queue zset
-- ARGV[1] ticket id
-- Reply: {0} not waiting | {1, position, score as a decimal string, now in unix milliseconds}

local rank = redis.call('ZRANK', KEYS[1], ARGV[1])
if not rank then
    return {0}
end
local score = string.format('%.0f', tonumber(redis.call('ZSCORE', KEYS[1], ARGV[1])))
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
return {1, rank + 1, score, now}
