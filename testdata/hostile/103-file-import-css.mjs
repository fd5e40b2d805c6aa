import './nope.css';
