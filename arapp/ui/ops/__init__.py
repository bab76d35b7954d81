"""The one way the UI runs work off the UI thread and tells the app what changed:

- :mod:`.query`: a query op (a report, a letter to preview, an export) runs on the thread
  pool and delivers its result, or its error, on the UI thread;
- :mod:`.long_op`: a long op (import, sample shop, letters due) with a modal progress
  dialog and Cancel;
- :mod:`.changes`: the :class:`~.changes.ChangeBus` on which whoever records something
  announces a :class:`~.changes.Changes`, and screens subscribe.

Work that reads the shop gets its own connection from the shop (``Shop.can_share_threads``,
``Shop.open_fully``, ``Shop.release_thread``); the UI never handles the database itself.
The documents' multi-process renderer (``arapp.documents.parallel``) is reached only from
work run here.
"""
