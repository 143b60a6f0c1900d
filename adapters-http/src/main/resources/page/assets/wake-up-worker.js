// The page's timers, run in a worker. Chrome wakes the timers of a tab hidden for some minutes at most once a
// minute; a dedicated worker's timers are not held back so, and the status poll they time is the heartbeat
// that keeps the person's place.
const timers = new Map();

self.onmessage = ({ data }) => {
  if (data.cancel) {
    clearTimeout(timers.get(data.id));
    timers.delete(data.id);
    return;
  }
  timers.set(data.id, setTimeout(() => {
    timers.delete(data.id);
    self.postMessage(data.id);
  }, data.delayMs));
};
