// Uploads a model with XMLHttpRequest, the one browser API that reports upload progress; fetch cannot yet.
import { ApiError, problemError } from '../api/client';

export interface UploadedModel {
  id: string;
  originalName: string;
}

/** Whether the part fits a printer, and turned how (the answer's printers). */
export interface PrinterFit {
  printerName: string;
  amCentreName: string;
  orientation?: { axes: string } | null;
}

export interface UploadAnswer {
  model: UploadedModel;
  duplicate: boolean;
  printers: PrinterFit[];
}

export interface Upload {
  done: Promise<UploadAnswer>;
  cancel(): void;
}

/** POST /api/models (multipart, part "file"); progress gets the fraction sent, from 0 to 1. */
export function uploadModel(file: File, progress: (fraction: number) => void): Upload {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadAnswer>((resolve, reject) => {
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) progress(e.loaded / e.total); };
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as UploadAnswer);
        return;
      }
      reject(problemError(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, 'The server cannot be reached', 'The upload stopped: check the connection and try again.'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
  });
  const form = new FormData();
  form.append('file', file, file.name);
  xhr.open('POST', '/api/models');
  xhr.withCredentials = true;
  xhr.setRequestHeader('Accept', 'application/json');
  xhr.send(form);
  return { done, cancel: () => xhr.abort() };
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
