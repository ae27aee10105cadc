"""Hypothesis profiles for the property tests: "ci" (default, fast) and "thorough".

Choose one with the HYPOTHESIS_PROFILE environment variable. There is no deadline: the first call of
analyze() loads the morphological dictionaries and the lexicon, which takes a second or two.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
