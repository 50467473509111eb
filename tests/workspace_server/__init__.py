"""A reference GTG cloud workspace server implementing resources/api/workspace.yaml, for tests."""

from tests.workspace_server.server import WorkspaceServer, serve

__all__ = ["WorkspaceServer", "serve"]
