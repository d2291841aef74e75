"""Peer: the Moscow clock page from FastAPI, served by uvicorn with one worker.

Run as the original was (it listened on port 8000):
    uvicorn fastapi_app:app --host 127.0.0.1 --port 8000 --workers 1
bench/run.sh gives it a free loopback port instead and turns off the access log.
"""

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from moscow_page import render_clock

app = FastAPI()


@app.get("/", response_class=HTMLResponse)
def index() -> HTMLResponse:
    return HTMLResponse(render_clock(), headers={"Cache-Control": "no-store"})
