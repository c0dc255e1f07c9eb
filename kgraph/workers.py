"""Parsing processes never outlive the kgraph process that started them.

spaCy's ``nlp.pipe(n_process=N)`` forks N workers that wait on a queue for texts: when
the parent is killed (SIGKILL, the OOM killer, a closed terminal) they would wait
forever. :func:`die_with_parent` makes every process forked from here on ask the kernel
(Linux ``prctl(PR_SET_PDEATHSIG)``) to be killed when its parent dies; elsewhere it does
nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import signal
import sys

log = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1
_installed = False


def die_with_parent() -> None:
    """From now on, a process forked from this one is killed when this one dies."""
    global _installed
    if _installed or not sys.platform.startswith("linux"):
        return
    _installed = True
    parent = os.getpid()

    def in_child() -> None:
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except OSError:  # no libc to ask: the child lives as before
            return
        if os.getppid() != parent:  # the parent died before the request was made
            os._exit(1)

    os.register_at_fork(after_in_child=in_child)
    log.debug("forked workers die with process %d", parent)
