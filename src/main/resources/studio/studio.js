// The studio page: asks the server for frames, moments and the scene's beats; computes no number itself.
"use strict";

const $ = (id) => document.getElementById(id);
const state = {
  version: -1, scene: null, frame: 0, playing: false,
  frameLoading: false, frameWanted: false, momentAsked: 0,
  loading: false, loadAgain: false, latencies: [],
};

// Numbers as the video writes them: at most two decimals, a real minus sign.
function number(v) {
  const rounded = Math.round(v * 100) / 100;
  return (rounded < 0 ? "\u2212" : "") + Math.abs(rounded);
}
// A negative number in a sum or product is bracketed: 3×(−1) + (−2).
function factor(v) {
  const written = number(v);
  return written.startsWith("\u2212") ? "(" + written + ")" : written;
}
function seconds(v) { return v.toFixed(2) + " s"; }
function timeOf(frame) { return (frame + 0.5) / state.scene.fps; }

// One load at a time; an event that comes meanwhile loads once more after it.
async function load() {
  if (state.loading) {
    state.loadAgain = true;
    return;
  }
  state.loading = true;
  try {
    await loadScene();
  } finally {
    state.loading = false;
    if (state.loadAgain) {
      state.loadAgain = false;
      load();
    }
  }
}

async function loadScene() {
  const response = await fetch("/scene");
  const scene = await response.json();
  state.version = scene.version;
  $("file").textContent = scene.file;
  const problem = $("problem");
  if (scene.problem) {
    const where = scene.problem.line > 0 ? "line " + scene.problem.line + ", column " + scene.problem.column : "the file";
    problem.textContent = scene.problem.message;
    problem.dataset.line = scene.problem.line;
    problem.hidden = false;
    $("status").textContent = "error at " + where + (scene.name ? " \u2014 showing the last good version" : "");
    $("status").className = "bad";
  } else {
    problem.hidden = true;
    problem.textContent = "";
    $("status").textContent = scene.name === undefined ? "loading\u2026" : "up to date (version " + scene.version + ")";
    $("status").className = "ok";
  }
  $("render").disabled = Boolean(scene.problem) || scene.render.busy;
  if (scene.render.video) {
    showVideo(scene.render.video);
  }
  if (scene.name === undefined) {
    return;
  }
  state.scene = scene;
  $("scrubber").max = scene.frames - 1;
  $("frame").width = scene.previewWidth;
  $("frame").height = scene.previewHeight;
  listBeats(scene.inspection.beats);
  show(Math.min(state.frame, scene.frames - 1));
}

function listBeats(beats) {
  const list = $("beat-list");
  const strip = $("strip");
  list.replaceChildren();
  strip.replaceChildren();
  beats.forEach((beat, i) => {
    const row = document.createElement("tr");
    row.dataset.beat = i;
    const cells = [String(i + 1), beat.show, beat.caption, seconds(beat.start), seconds(beat.end),
      beat.cues.map((c) => c.cue + " " + c.start.toFixed(2) + "\u2013" + c.end.toFixed(2)).join(" \u00b7 ")];
    cells.forEach((text, c) => {
      const cell = document.createElement("td");
      cell.textContent = text;
      if (c === 0 || c === 3 || c === 4) cell.className = "num";
      if (c === 5) cell.className = "cues";
      row.appendChild(cell);
    });
    row.addEventListener("click", () => jumpToBeat(i));
    list.appendChild(row);
    const part = document.createElement("div");
    part.style.flexGrow = beat.end - beat.start;
    part.style.flexBasis = "0";
    part.textContent = (i + 1) + " " + beat.show;
    part.title = beat.caption;
    part.dataset.beat = i;
    part.addEventListener("click", () => jumpToBeat(i));
    strip.appendChild(part);
  });
}

function jumpToBeat(i) {
  const beats = state.scene.inspection.beats;
  const index = Math.max(0, Math.min(beats.length - 1, i));
  show(Math.round(beats[index].start * state.scene.fps));
}

function show(frame) {
  if (!state.scene) return;
  state.frame = Math.max(0, Math.min(state.scene.frames - 1, frame));
  $("scrubber").value = state.frame;
  $("time").textContent = seconds(state.frame / state.scene.fps);
  $("frame-number").textContent = "frame " + state.frame + " / " + (state.scene.frames - 1);
  $("full").href = "/frame?t=" + timeOf(state.frame) + "&size=full&v=" + state.version;
  askFrame();
  askMoment();
}

// One frame request at a time; a move made meanwhile asks again for wherever the playhead is then.
function askFrame() {
  if (state.frameLoading) {
    state.frameWanted = true;
    return;
  }
  state.frameLoading = true;
  state.frameWanted = false;
  const frame = state.frame;
  const url = "/frame?t=" + timeOf(frame) + "&v=" + state.version;
  const asked = performance.now();
  const image = new Image();
  image.onload = () => {
    const img = $("frame");
    img.src = image.src;
    img.dataset.frame = frame;
    img.dataset.version = state.version;
    const took = performance.now() - asked;
    const timing = performance.getEntriesByName(image.src).pop();
    // A frame seen before comes from the browser's cache (no new entry, or nothing transferred): it says
    // nothing of how quickly frames are painted.
    if (timing && timing.startTime >= asked - 1 && timing.transferSize > 0) {
      const paint = timing.serverTiming.find((t) => t.name === "paint");
      state.latencies.push(took);
      if (state.latencies.length > 50) state.latencies.shift();
      const sorted = [...state.latencies].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)];
      $("latency").textContent = "frame in " + took.toFixed(0) + " ms" + (paint ? " (painted in " + paint.duration + ")" : "")
        + ", median " + median.toFixed(0) + " ms of the last " + sorted.length;
    }
    done();
  };
  image.onerror = done;
  image.src = url;
  function done() {
    state.frameLoading = false;
    if (state.frameWanted) askFrame();
  }
}

async function askMoment() {
  const asked = ++state.momentAsked;
  const response = await fetch("/moment?t=" + timeOf(state.frame));
  if (!response.ok || asked !== state.momentAsked) return;
  showMoment(await response.json());
}

function showMoment(moment) {
  const beats = state.scene.inspection.beats;
  const beat = beats[moment.beat];
  $("beat-number").textContent = (moment.beat + 1) + " of " + beats.length + ": " + moment.show;
  $("beat-title").textContent = beat.caption;
  for (const element of document.querySelectorAll("#beat-list tr, #strip div")) {
    element.classList.toggle("current", Number(element.dataset.beat) === moment.beat);
  }
  const cues = $("beat-cues");
  cues.replaceChildren();
  moment.cues.forEach((cue, i) => {
    const item = document.createElement("li");
    const timed = beat.cues[i];
    item.textContent = cue.cue + " " + timed.start.toFixed(2) + "\u2013" + timed.end.toFixed(2);
    item.className = cue.running ? "running" : moment.intoBeat >= timed.end ? "done" : "";
    cues.appendChild(item);
  });
  $("computation").textContent = moment.window ? computation(moment.window) : "This beat works on no single window.";
}

// The engine's numbers for one window, written out as the video writes them.
function computation(w) {
  const lines = ["kernel '" + w.kernel + "' \u2192 output cell [" + w.output[0] + ", " + w.output[1] + "]",
    "window at row " + w.top + ", column " + w.left + " of the padded image", ""];
  w.products.forEach((row, i) => {
    const terms = row.map((p, j) => factor(w.inputs[i][j]) + "\u00d7" + factor(w.weights[i][j]));
    lines.push((i === 0 ? "  " : "+ ") + terms.join(" + "));
  });
  lines.push("= " + w.products.map((row) => row.map(factor).join(" + ")).join(" + "));
  lines.push("= " + number(w.sum));
  if (w.bias !== 0) lines.push("+ bias " + number(w.bias) + " = " + number(w.biased));
  if (w.activation !== "none") lines.push(w.activation + "(" + number(w.biased) + ") = " + number(w.activated));
  return lines.join("\n");
}

function play() {
  if (!state.scene) return;
  state.playing = !state.playing;
  $("play").textContent = state.playing ? "\u275a\u275a" : "\u25b6";
  if (!state.playing) return;
  if (state.frame >= state.scene.frames - 1) show(0);
  const from = state.frame;
  const started = performance.now();
  // Real time: the playhead moves with the clock, and frames that cannot be painted in time are skipped.
  const tick = (now) => {
    if (!state.playing) return;
    const frame = from + Math.floor((now - started) / 1000 * state.scene.fps);
    if (frame >= state.scene.frames) {
      show(state.scene.frames - 1);
      play();
      return;
    }
    if (!state.frameLoading && frame !== state.frame) show(frame);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function currentBeat() {
  const t = state.frame / state.scene.fps;
  const beats = state.scene.inspection.beats;
  const i = beats.findIndex((b) => t >= b.start && t < b.end);
  return i < 0 ? beats.length - 1 : i;
}

async function render() {
  $("render").disabled = true;
  const response = await fetch("/render", { method: "POST" });
  if (response.status !== 202) {
    $("render-status").textContent = (await response.text()).trim();
    $("render").disabled = false;
  }
}

function showVideo(file) {
  const status = $("render-status");
  status.replaceChildren();
  const link = document.createElement("a");
  link.href = "/video";
  link.target = "_blank";
  link.id = "video";
  link.textContent = file;
  status.append("rendered: ", link);
}

function listen() {
  const events = new EventSource("/events");
  events.addEventListener("scene", (e) => {
    if (JSON.parse(e.data).version !== state.version) load();
  });
  events.addEventListener("render", (e) => {
    const progress = JSON.parse(e.data);
    const bar = $("render-progress");
    bar.hidden = false;
    bar.max = progress.total;
    bar.value = progress.done;
    $("render").disabled = true;
    $("render-status").textContent = "rendering " + Math.floor(100 * progress.done / progress.total) + " %";
  });
  events.addEventListener("rendered", (e) => {
    const done = JSON.parse(e.data);
    $("render-progress").hidden = true;
    $("render").disabled = false;
    showVideo(done.file + " (" + (done.bytes / 1e6).toFixed(1) + " MB, " + done.seconds + " s)");
  });
  events.addEventListener("render-failed", (e) => {
    $("render-progress").hidden = true;
    $("render").disabled = false;
    $("render-status").textContent = "render failed: " + JSON.parse(e.data).message;
  });
}

document.addEventListener("DOMContentLoaded", () => {
  $("scrubber").addEventListener("input", (e) => show(Number(e.target.value)));
  $("play").addEventListener("click", play);
  $("back").addEventListener("click", () => show(state.frame - 1));
  $("forward").addEventListener("click", () => show(state.frame + 1));
  $("render").addEventListener("click", render);
  document.addEventListener("keydown", (e) => {
    if (!state.scene || e.target.tagName === "INPUT" && e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
      const step = e.key === "ArrowLeft" ? -1 : 1;
      if (e.shiftKey) jumpToBeat(currentBeat() + step); else show(state.frame + step);
      e.preventDefault();
    } else if (e.key === " ") {
      play();
      e.preventDefault();
    } else if (e.key === "Home") {
      show(0);
    } else if (e.key === "End") {
      show(state.scene.frames - 1);
    }
  });
  listen();
  load();
});
