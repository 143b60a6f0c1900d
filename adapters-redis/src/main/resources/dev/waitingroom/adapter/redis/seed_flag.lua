-- Gives a feature flag its starting value unless it has one: the first instance to start decides, and
-- every instance learns which value won.
-- KEYS[1] flags hash
-- ARGV[1] flag name   ARGV[2] the starting rollout ('false', 'true' or '<n>%')
-- Reply: {1, the value the flag holds now}

redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
return {1, redis.call('HGET', KEYS[1], ARGV[1])}
