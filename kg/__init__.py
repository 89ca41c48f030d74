"""kg: an offline, French-first knowledge-graph builder for news text.

Example:
    >>> from kg.model import Mention
    >>> Mention("Paris", "City", 0, 5).cls
    'City'
"""

__version__ = "0.1.0"
