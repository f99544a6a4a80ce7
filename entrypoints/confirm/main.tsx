import { render } from 'preact';
import { App } from './App';
import { parseParams } from './params';
import './style.css';

const root = document.getElementById('app');
if (root) render(<App params={parseParams(location.search)} />, root);
