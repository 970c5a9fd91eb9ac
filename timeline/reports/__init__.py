"""Program reports (issue 12): measures and templates as data, tabulation, disclosure control.

Pure: no storage, no Qt, no ReportLab. The operations layer reads the facts from the store
(workbench.operations.reports), this package turns them into count tables (aggregate),
suppresses and audits them (suppression), and the faces print what is published.
"""
