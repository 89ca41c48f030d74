"""Analyse a corpus on a Dask distributed cluster: workers parse and extract, the client merges.

``kg build CORPUS --dask tcp://scheduler:8786`` sends batches of documents to the workers of
an existing cluster; ``--dask local:N`` starts a :class:`distributed.LocalCluster` of ``N``
single-threaded worker processes for the length of the build. Each worker loads the spaCy
model once (a worker plugin loads it when the worker starts; :func:`kg.nlp.load_model` is
cached per process) and returns each document's :class:`~kg.pipeline.Analysis` as JSON
(:mod:`kg.serialize`). The client writes them to the output folder as they arrive, exactly
as a local build does, then resolves entities and builds the graph: resolution sees every
document, so the graph is the one a single process would build.

Workers must have kg and the model installed, at the same version as the client: the
client checks each worker's analyser fingerprint before sending anything. The user's
gazetteer files (``--gazetteer``) need not be on the workers: the client reads them and the
worker plugin writes them into each worker's local directory, named by their content.

Dask is an optional dependency (``pip install 'kg[dask]'``); this module imports it only
when a Dask build starts.

Example:
    >>> parse_address("local:2")
    ('local', 2)
    >>> parse_address("tcp://10.0.0.5:8786")
    ('tcp://10.0.0.5:8786', 0)
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from kg import serialize
from kg.corpus import Analyser, _batches, _options_part, analyse_batch, analyser_fingerprint
from kg.entities.gazetteer import load_gazetteers
from kg.errors import ExtractionError, InputError, KGError
from kg.model import Document
from kg.nlp import DEFAULT_MODEL
from kg.pipeline import Analysis

__all__ = ["dask_analyser", "parse_address"]

log = logging.getLogger(__name__)

#: Tasks in flight per worker: enough to keep each busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 2


class DaskMissingError(KGError, ImportError):
    """``--dask`` was asked for but Dask's distributed scheduler is not installed."""


def parse_address(address: str) -> tuple[str, int]:
    """``("local", N)`` for ``local:N``, else ``(address, 0)``.

    Raises:
        InputError: If ``local:`` is not followed by a positive number.
    """
    if address.startswith("local:"):
        count = address.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise InputError(f"--dask {address!r}: expected local:N with N ≥ 1 workers")
        return "local", int(count)
    return address, 0


def dask_analyser(
    address: str,
    *,
    model: str = DEFAULT_MODEL,
    batch_size: int = 32,
    task_size: int = 16,
    gazetteers: Sequence[str] = (),
    judged: bool = True,
) -> Analyser:
    """An :class:`~kg.corpus.Analyser` running on the Dask cluster at ``address``.

    ``gazetteers`` are the user's gazetteer files (on this machine), added to the bundled
    one on every worker; the analyses are those a local build with the same files makes.

    Raises:
        DaskMissingError: If ``distributed`` cannot be imported.
        InputError: If ``address`` is ``local:`` without a valid worker count, or a
            gazetteer file is missing or malformed.
    """
    parse_address(address)
    _distributed()
    from kg.extract import default_extractors

    names = [e.name for e in default_extractors()]
    shipped = tuple(_ship(path) for path in gazetteers)
    run = functools.partial(
        _analyse_on_dask,
        address=address,
        model=model,
        batch_size=batch_size,
        task_size=task_size,
        fingerprint=analyser_fingerprint(model, names),
        shipped=shipped,
        judged=judged,
    )
    return Analyser(run, analyser_fingerprint(model, names, *_options_part(gazetteers, judged)))


class ShippedFile(NamedTuple):
    """A user's file sent to the workers: its content digest (its name there) and bytes."""

    digest: str
    data: bytes


def _ship(path: str) -> ShippedFile:
    """Read one gazetteer file on the client, after checking it parses (a bad file fails
    here, not in every worker)."""
    load_gazetteers((path,))
    data = Path(path).read_bytes()
    return ShippedFile(hashlib.sha256(data).hexdigest(), data)


def analyse_shipped(
    documents: Sequence[Document],
    model: str,
    batch_size: int,
    digests: tuple[str, ...],
    judged: bool = True,
) -> list[str]:
    """:func:`kg.corpus.analyse_batch` on a worker, with the gazetteers its plugin wrote."""
    folder = _shipped_folder(_distributed().get_worker())
    gazetteers = tuple(str(folder / f"{digest}.tsv") for digest in digests)
    return analyse_batch(documents, model, batch_size, gazetteers, judged)


def _shipped_folder(worker: Any) -> Path:
    return Path(worker.local_directory) / "kg-gazetteers"


def worker_fingerprint(model: str) -> str:
    """The analyser fingerprint as a worker computes it (run on each worker)."""
    from kg.extract import default_extractors

    return analyser_fingerprint(model, [e.name for e in default_extractors()])


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as err:
        raise DaskMissingError(
            "--dask needs Dask's distributed scheduler: pip install 'kg[dask]'"
        ) from err
    return distributed


def _analyse_on_dask(
    documents: Iterable[Document],
    *,
    address: str,
    model: str,
    batch_size: int,
    task_size: int,
    fingerprint: str,
    shipped: tuple[ShippedFile, ...],
    judged: bool = True,
) -> Iterator[Analysis]:
    distributed = _distributed()
    target, workers = parse_address(address)
    cluster = None
    if target == "local":
        cluster = distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = distributed.Client(cluster)
    else:
        try:
            client = distributed.Client(target, timeout="30s")
        except (OSError, TimeoutError) as err:
            raise InputError(f"cannot reach the Dask scheduler at {target!r}: {err}") from err
    try:
        client.register_plugin(_worker_setup(distributed, model, shipped))
        workers = max(len(client.scheduler_info()["workers"]), 1)
        _check_workers(client, model, fingerprint)
        yield from _bounded(
            client,
            distributed,
            _batches(documents, task_size),
            model=model,
            batch_size=batch_size,
            digests=tuple(file.digest for file in shipped),
            judged=judged,
            limit=IN_FLIGHT_PER_WORKER * workers,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _check_workers(client: Any, model: str, fingerprint: str) -> None:
    found = client.run(worker_fingerprint, model)
    wrong = {worker: value for worker, value in found.items() if value != fingerprint}
    if wrong:
        raise ExtractionError(
            f"Dask workers {sorted(wrong)} run another kg or model than this client "
            f"(fingerprint {sorted(set(wrong.values()))} ≠ {fingerprint}); install the same kg "
            "version and model on every worker"
        )


def _bounded(
    client: Any,
    distributed: Any,
    batches: Iterable[list[Document]],
    *,
    model: str,
    batch_size: int,
    digests: tuple[str, ...],
    judged: bool,
    limit: int,
) -> Iterator[Analysis]:
    """Submit batches with at most ``limit`` in flight; yield analyses as batches finish."""
    finished = distributed.as_completed()
    in_flight = 0
    for batch in batches:
        finished.add(
            client.submit(analyse_shipped, batch, model, batch_size, digests, judged, pure=False)
        )
        in_flight += 1
        if in_flight >= limit:
            yield from _collect(next(finished))
            in_flight -= 1
    for future in finished:
        yield from _collect(future)


def _collect(future: Any) -> Iterator[Analysis]:
    for text in future.result():
        yield serialize.loads(text)


def _worker_setup(distributed: Any, model: str, shipped: tuple[ShippedFile, ...]) -> Any:
    """A worker plugin that, when a worker starts, writes the shipped gazetteer files into
    its local directory and loads the spaCy model (once per process).

    Defined here because Dask accepts only subclasses of its ``WorkerPlugin``, and Dask is
    imported only when a Dask build starts (cloudpickle ships the class by value). Its name
    carries the files' digests so that a build with other files on a long-lived cluster
    sets its workers up again.
    """
    digests = hashlib.sha256("".join(file.digest for file in shipped).encode()).hexdigest()

    class SetUpWorker(distributed.WorkerPlugin):  # type: ignore[misc, name-defined]
        name = f"kg-setup-{digests[:16]}"

        def setup(self, worker: Any) -> None:
            from kg.export import atomic_write
            from kg.nlp import load_model

            folder = _shipped_folder(worker)
            folder.mkdir(parents=True, exist_ok=True)
            for file in shipped:
                target = folder / f"{file.digest}.tsv"
                if not target.exists():
                    atomic_write(target, file.data)
            load_model(model)

    return SetUpWorker()
