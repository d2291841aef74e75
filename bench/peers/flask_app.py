"""Peer: the Moscow clock page from Flask, served by gunicorn with two workers.

Run as the original was (it listened on port 8000):
    gunicorn --workers 2 --bind 127.0.0.1:8000 flask_app:app
bench/run.sh gives it a free loopback port instead.
"""

from flask import Flask

from moscow_page import render_clock

app = Flask(__name__)


@app.get("/")
def index():
    return render_clock(), 200, {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"}
