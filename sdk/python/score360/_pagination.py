"""A list answer that pages on by itself when iterated."""

from __future__ import annotations

from typing import Any, Callable, Generic, Iterator, List, Optional, TypeVar

T = TypeVar("T")


class Page(Generic[T]):
    """One page (``data``, ``has_more``, ``next_cursor``, the whole ``response``).

    Iterating yields every item of this page and of the pages after it, fetched as needed.
    """

    def __init__(self, response: Any, fetch: Callable[[Optional[str]], "Page[T]"]) -> None:
        self.response = response
        self.data: List[T] = list(response.data)
        self.has_more: bool = bool(response.has_more)
        self.next_cursor: Optional[str] = response.next_cursor
        self._fetch = fetch

    def next_page(self) -> Optional["Page[T]"]:
        """The following page, or None after the last."""
        if not self.has_more or not self.next_cursor:
            return None
        return self._fetch(self.next_cursor)

    def iter_pages(self) -> Iterator["Page[T]"]:
        page: Optional[Page[T]] = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data
