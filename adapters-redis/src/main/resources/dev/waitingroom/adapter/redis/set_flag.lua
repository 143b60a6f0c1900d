-- Sets a feature flag for every instance, answering exactly what it replaced.
-- KEYS[1] flags hash
-- ARGV[1] flag name   ARGV[2] its rollout ('false', 'true' or '<n>%')
-- Reply: {0} the flag had no value | {1, the value replaced}

local before = redis.call('HGET', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if before then
    return {1, before}
end
return {0}
